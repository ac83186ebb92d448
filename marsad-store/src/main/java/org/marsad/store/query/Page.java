package org.marsad.store.query;

import java.util.List;

/**
 * One page of a list.
 *
 * @param articles how many articles may hold matching items (the index's count before items are checked one by one)
 * @param more     true when items beyond this page were found
 */
public record Page<T>(List<T> items, long articles, boolean more) {}
