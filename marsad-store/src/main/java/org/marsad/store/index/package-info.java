/**
 * The embedded store: one Lucene index under {@code DATA/index} on local disk. Articles and the
 * records of cross-source duplicates live in the same index, so one commit covers both.
 */
package org.marsad.store.index;
