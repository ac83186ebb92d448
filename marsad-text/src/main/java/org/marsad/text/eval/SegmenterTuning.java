package org.marsad.text.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.marsad.text.lexicon.Lexicon;
import org.marsad.text.segment.ArabicSegmenter;
import org.marsad.text.segment.SegmenterConfig;

/** Sweeps segmenter thresholds on a conflation set (the dev half) and ranks them by F1. */
public final class SegmenterTuning {
    /** One configuration and its score. */
    public record Trial(SegmenterConfig config, ConflationScore score) {}

    private SegmenterTuning() {}

    /**
     * The grid {@code marsad eval stemming --tune} searches. minFrequency 3 (the lexicon's floor) and
     * letterRatio 0.1 won every earlier, wider sweep on dev, so they are fixed here to keep it short.
     */
    public static List<SegmenterConfig> grid() {
        List<SegmenterConfig> grid = new ArrayList<>();
        for (double article : new double[] {0.0, 0.01}) {
            for (double stack : new double[] {1.0, 3.0, 10.0}) {
                for (double suffix : new double[] {0.03, 0.06, 0.1}) {
                    for (double ambiguous : new double[] {0.1, 0.3, 1.0}) {
                        for (double verb : new double[] {1.0, Double.POSITIVE_INFINITY}) {
                            grid.add(new SegmenterConfig(3, article, 0.1, stack, suffix, ambiguous, verb));
                        }
                    }
                }
            }
        }
        return grid;
    }

    /**
     * The best trial by F1 among those at least as precise as {@code minPrecision} (the baseline's
     * precision on the same half), or null: marsad must beat the baseline on both counts, so a gain
     * in recall bought with precision below the baseline's is not taken.
     */
    public static Trial bestAtLeastAsPrecise(List<Trial> ranked, double minPrecision) {
        for (Trial t : ranked) {
            if (t.score().precision() >= minPrecision) {
                return t;
            }
        }
        return null;
    }

    /** Scores every config, best F1 first; prints progress to {@code progress} if not null. */
    public static List<Trial> sweep(ConflationSet dev, Lexicon lexicon, List<SegmenterConfig> grid, PrintWriter progress) {
        List<Trial> trials = new ArrayList<>();
        String[] stems = new String[dev.size()];
        for (SegmenterConfig config : grid) {
            ArabicSegmenter seg = ArabicSegmenter.uncached(lexicon, config);
            for (int i = 0; i < stems.length; i++) {
                stems[i] = seg.stem(dev.form(i));
            }
            ConflationScore s = PairwiseConflation.score(dev, stems);
            trials.add(new Trial(config, s));
            if (progress != null && trials.size() % 16 == 0) {
                progress.printf(Locale.ROOT, "  %d/%d configs%n", trials.size(), grid.size());
                progress.flush();
            }
        }
        trials.sort(Comparator.comparingDouble((Trial t) -> t.score().f1()).reversed());
        return trials;
    }
}
