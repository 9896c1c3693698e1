package nl.hgw.bench.load;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in microseconds: one per thread while measuring, merged and sorted for the percentiles. */
final class Latencies {

    private long[] values = new long[1024];

    private int size;

    void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    /** The p-th percentile (nearest rank) in milliseconds; NaN when empty. Sorts. */
    double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        Arrays.sort(values, 0, size);
        int rank = (int) Math.ceil(p / 100.0 * size) - 1;
        return values[Math.max(0, Math.min(size - 1, rank))] / 1000.0;
    }

    double max() {
        return percentile(100);
    }

    double mean() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size / 1000.0;
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms  (mean %.1f ms)",
            size, percentile(50), percentile(90), percentile(99), max(), mean());
    }
}
