package de.integreat.chat.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void nearestRankPercentilesAndMedian() {
        Stats stats = new Stats(new double[] {10, 1, 9, 2, 8, 3, 7, 4, 6, 5});

        assertEquals(5.5, stats.median());
        assertEquals(5, stats.percentile(50));
        assertEquals(9, stats.percentile(90));
        assertEquals(10, stats.percentile(99));
        assertEquals(1, stats.percentile(0));
    }

    @Test
    void convertsNanosToMillis() {
        assertEquals(1.5, Stats.ofNanosAsMillis(new long[] {1_500_000}).median());
    }
}
