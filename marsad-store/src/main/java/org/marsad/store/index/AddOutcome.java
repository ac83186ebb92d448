package org.marsad.store.index;

/** What adding one article to the archive did. */
public enum AddOutcome {
    /** Indexed as a new article. */
    ADDED,
    /** The same source and body are already in the archive (a re-ingest): nothing added. */
    ALREADY_PRESENT,
    /** Another source's article has the same body: recorded as a duplicate of it, not indexed for search. */
    DUPLICATE
}
