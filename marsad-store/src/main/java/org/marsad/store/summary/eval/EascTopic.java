package org.marsad.store.summary.eval;

import java.util.List;

/** One EASC topic: its number (Topic N), the article and its five human summaries. */
public record EascTopic(int number, String article, List<String> summaries) {}
