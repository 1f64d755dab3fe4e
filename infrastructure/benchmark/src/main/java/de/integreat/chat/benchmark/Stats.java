package de.integreat.chat.benchmark;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample, in the unit it was recorded in. */
final class Stats {

    private final double[] sorted;

    Stats(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    static Stats ofNanosAsMillis(long[] nanos) {
        return new Stats(Arrays.stream(nanos).mapToDouble(n -> n / 1_000_000.0).toArray());
    }

    /** The value at or below which {@code p} percent of the sample lies (nearest rank). */
    double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double median() {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    double mean() {
        return Arrays.stream(sorted).average().orElse(Double.NaN);
    }

    int count() {
        return sorted.length;
    }
}
