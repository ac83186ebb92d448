package org.marsad.store.query;

import java.time.LocalDate;

/** On one day: articles naming an entity and its mentions in them. */
public record DayCount(LocalDate day, long articles, long mentions) {}
