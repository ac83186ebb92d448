package org.marsad.store.dedup.eval;

import java.time.LocalDate;

/** An article as the dedup evaluation sees it: its body is what is compared, the title is only shown. */
public record EvalArticle(String id, String title, String body, LocalDate day) {}
