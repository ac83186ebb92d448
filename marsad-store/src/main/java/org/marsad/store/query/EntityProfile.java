package org.marsad.store.query;

import java.util.List;
import java.util.Map;
import org.marsad.store.search.EntityCount;

/**
 * One entity across the archive: its counts, mentions per day, the entities named in the same
 * articles, what it said (as a speaker), what others said about it, and the figures it claimed.
 *
 * @param types     articles per type under which the name was tagged (PER, ORG...)
 * @param timeline  days in order, only days with a mention; undated articles are not on it
 * @param quotesAbout quotes by others whose words name it
 */
public record EntityProfile(String name, List<String> keys, Map<String, Long> types, long articles, long mentions,
        List<DayCount> timeline, List<EntityCount> cooccurring, List<QuoteHit> quotesBy, List<QuoteHit> quotesAbout,
        List<ClaimHit> claimsBy) {}
