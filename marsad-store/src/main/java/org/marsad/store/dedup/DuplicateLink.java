package org.marsad.store.dedup;

/**
 * What the index decided for one added article.
 *
 * @param id         the article
 * @param originalId the first article it copies, or null if it is an original
 * @param similarity estimated containment of the smaller text in the larger (1.0 for an original)
 * @param jaccard    estimated Jaccard similarity with the original (1.0 for an original)
 */
public record DuplicateLink(String id, String originalId, double similarity, double jaccard) {
    public boolean isDuplicate() {
        return originalId != null;
    }
}
