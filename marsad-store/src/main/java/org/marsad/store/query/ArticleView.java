package org.marsad.store.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * One stored article with its annotations.
 *
 * @param annotations the {@code DocJson} object (entities, quotes, claims, dates; offsets into
 *                    {@code body}), or null when the article was ingested without the extractors
 * @param nearDuplicateOf id of the earlier article this one copies, or null
 */
public record ArticleView(String id, String source, String url, String title, LocalDate published, String author,
        String body, ObjectNode annotations, String nearDuplicateOf) {}
