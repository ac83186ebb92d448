package org.marsad.store.query;

/**
 * An entity of the archive with its counts.
 *
 * @param key      {@code TYPE/normalized name}, what the entity view and the {@code entity} filter take
 * @param name     the spelling most articles use
 * @param articles articles that name it
 * @param mentions all its mentions in those articles
 */
public record EntitySummary(String type, String key, String name, long articles, long mentions) {}
