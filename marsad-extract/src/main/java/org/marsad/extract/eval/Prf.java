package org.marsad.extract.eval;

/** Counts of matched, predicted and gold items, and the precision, recall and F1 they give. */
public final class Prf {
    int matched;
    int predicted;
    int gold;

    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int matched() {
        return matched;
    }

    public int predicted() {
        return predicted;
    }

    public int gold() {
        return gold;
    }

    @Override
    public String toString() {
        return String.format("P %5.1f  R %5.1f  F1 %5.1f  (%d matched, %d predicted, %d gold)",
                100 * precision(), 100 * recall(), 100 * f1(), matched, predicted, gold);
    }
}
