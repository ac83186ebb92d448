/** Evaluation of summaries ({@code marsad eval summaries}): ROUGE on EASC against lead and TextRank baselines. */
package org.marsad.store.summary.eval;
