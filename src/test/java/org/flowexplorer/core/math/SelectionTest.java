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

    @Test
    void theNonNegativeMedianEqualsTheSortedDefinitionOnLargeArrays() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int trial = 0; trial < 40; trial++) {
            int n = 4096 + r.nextInt(70_000);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = switch (trial % 4) {
                    case 0 -> r.nextDouble() * 10;                        // uniform
                    case 1 -> Math.exp(40 * r.nextGaussian());            // 35 orders of magnitude
                    case 2 -> r.nextInt(5) * 0.25;                        // heavy ties, zeros
                    default -> i % 7 == 0 ? 0.0 : 1e-300 * r.nextDouble(); // subnormals and zeros
                };
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            double want = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            assertEquals(want, Selection.medianOfNonNegative(a, n), 0.0, "trial " + trial + ", n " + n);
        }
    }

    @Test
    void theNonNegativeMedianFallsBackOnNegativesAndNaN() {
        double[] a = new double[5000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i - 1000;
        }
        assertEquals(1499.5, Selection.medianOfNonNegative(a.clone(), a.length), 0.0);
        a[7] = Double.NaN;
        assertEquals(Selection.median(a.clone(), a.length), Selection.medianOfNonNegative(a.clone(), a.length), 0.0);
        assertEquals(2.0, Selection.medianOfNonNegative(new double[] {3, 1, 2}, 3), 0.0);
    }
}
