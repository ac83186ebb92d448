package org.marsad.store.search;

/**
 * How many articles name an entity.
 *
 * @param key  the exact entity key {@code TYPE/normalized name}, as the {@code entity} filter takes it
 * @param name the name as most articles write it
 */
public record EntityCount(String type, String key, String name, long count) {}
