package org.flowexplorer.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SelectionTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, Selection.median(new double[] {3, 1, 2}, 3), 0.0);
        assertEquals(2.5, Selection.median(new double[] {4, 1, 3, 2}, 4), 0.0);
        assertEquals(7.0, Selection.median(new double[] {7}, 1), 0.0);
        assertEquals(1.0, Selection.median(new double[] {1, 1, 1, 1}, 4), 0.0);
    }

    @Test
    void medianEqualsTheSortedDefinition() {
        qt().withExamples(300).withFixedSeed(42L)
                .forAll(lists().of(integers().between(-5, 5)).ofSizeBetween(1, 40))
                .check(list -> {
                    double[] a = list.stream().mapToDouble(i -> i * 0.5).toArray();
                    double[] sorted = a.clone();
                    Arrays.sort(sorted);
                    int n = a.length;
                    double want = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
                    return Selection.median(a, n) == want;
                });
    }

    @Test
    void selectFindsEveryOrderStatistic() {
        qt().withExamples(200).withFixedSeed(7L)
                .forAll(lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 30), integers().between(0, 29))
                .assuming((l, k) -> k < l.size())
                .check((l, k) -> {
                    double[] a = l.stream().mapToDouble(Double::doubleValue).toArray();
                    double[] sorted = a.clone();
                    Arrays.sort(sorted);
                    return Selection.select(a, a.length, k) == sorted[k];
                });
    }
}
