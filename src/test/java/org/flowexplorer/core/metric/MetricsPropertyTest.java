package org.flowexplorer.core.metric;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.math.VectorField;
import org.flowexplorer.core.sim.MeasuredField;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of every metric on random finite inputs: finite, non-negative and within bounds. */
class MetricsPropertyTest {
    private static final ParallelRunner ONE = new ParallelRunner(1);

    @AfterAll
    static void close() {
        ONE.close();
    }

    private static Gen<List<Double>> coordinates() {
        return lists().of(doubles().between(-50.0, 50.0)).ofSizeBetween(1, 48);
    }

    /** Uses the first ⌊size/d⌋·d values (at least one point: repeats the list if needed). */
    private static PointSet points(List<Double> values, int d) {
        int n = Math.max(1, values.size() / d);
        double[] c = new double[n * d];
        for (int i = 0; i < c.length; i++) {
            c[i] = values.get(i % values.size());
        }
        return PointSet.wrap(d, c);
    }

    @Test
    void metricsAreFiniteAndNonNegative() {
        qt().withExamples(300).withFixedSeed(20240611L)
                .forAll(integers().between(1, 4), coordinates(), coordinates(), doubles().between(0.01, 3.0))
                .check((d, xs, ys, sigma) -> {
                    PointSet x = points(xs, d);
                    PointSet y = points(ys, d);
                    Mixture mixture = new Mixture(y, sigma);
                    MetricsReport r = d >= 2
                            ? MetricsCalculator.compute(x, y, mixture, sdField(x, y, sigma), sigma, ONE)
                            : MetricsCalculator.compute(x, y, mixture, ONE);
                    return holds(r, y.size());
                });
    }

    private static VectorField sdField(PointSet x, PointSet y, double sigma) {
        return MeasuredField.of(FlowSpec.of(FlowKind.SD).create().field(x, y, sigma, ONE));
    }

    private static boolean holds(MetricsReport r, int modes) {
        boolean ok = nonNegative(r.mmd2()) && r.mmd2() <= 2.0
                && nonNegative(r.slicedW2())
                && r.modesCovered() >= 0 && r.modesCovered() <= modes
                && nonNegative(r.inModeFraction()) && r.inModeFraction() <= 1.0
                && nonNegative(r.nnParticleToTargetMean()) && nonNegative(r.nnParticleToTargetMedian())
                && nullOrNonNegative(r.nnTargetToTargetMean()) && nullOrNonNegative(r.nnTargetToTargetMedian())
                && nonNegative(r.meanError()) && nullOrNonNegative(r.covError());
        if (r.hasFieldDiagnostics()) {
            // |J21 − J12| ≤ √2 ‖J‖_F and |∮ v·dl| ≤ ∮ ‖v‖ dl
            ok &= nullOrNonNegative(r.relativeCurl()) && (r.relativeCurl() == null || r.relativeCurl() <= Math.sqrt(2.0) + 1e-12);
            ok &= nullOrNonNegative(r.circulation()) && (r.circulation() == null || r.circulation() <= 1.0 + 1e-12);
        }
        return ok;
    }

    private static boolean nonNegative(double v) {
        return Double.isFinite(v) && v >= 0.0;
    }

    private static boolean nullOrNonNegative(Double v) {
        return v == null || nonNegative(v);
    }
}
