package org.flowexplorer.core.experiment.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.flowexplorer.core.flow.QSelf;
import org.flowexplorer.core.flow.FieldScratch;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.flow.VelocityField;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

/** The model step's SD velocity against the engine's SD field (include) and a direct leave-one-out sum (exclude). */
class ModelVelocityTest {
    private static PointSet gaussian(long seed, int n, int d, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] c = new double[n * d];
        for (int k = 0; k < c.length; k++) {
            c[k] = scale * r.nextGaussian();
        }
        return PointSet.wrap(d, c);
    }

    /** (Σ_{k≠skip} w_k s_k) / Σ w_k with w_k = exp(−‖x − s_k‖²/(2σ²)), summed naively (fine at these scales). */
    private static double[] kernelMean(double[] x, PointSet s, int skip, double sigma) {
        int d = s.dim();
        double[] num = new double[d];
        double den = 0;
        for (int k = 0; k < s.size(); k++) {
            if (k == skip) {
                continue;
            }
            double d2 = 0;
            for (int c = 0; c < d; c++) {
                d2 += (x[c] - s.get(k, c)) * (x[c] - s.get(k, c));
            }
            double w = Math.exp(-d2 / (2 * sigma * sigma));
            den += w;
            for (int c = 0; c < d; c++) {
                num[c] += w * s.get(k, c);
            }
        }
        for (int c = 0; c < d; c++) {
            num[c] /= den;
        }
        return num;
    }

    @Test
    void includeIsTheEnginesScoreDifferenceField() {
        PointSet x = gaussian(1, 90, 5, 1.0);
        PointSet y = gaussian(2, 70, 5, 1.5);
        double sigma = 1.3;
        try (ParallelRunner three = new ParallelRunner(3)) {
            double[] v = new double[x.size() * 5];
            ModelVelocity.compute(x, y, sigma, QSelf.INCLUDE, v, three);
            VelocityField sd = FlowSpec.of(FlowKind.SD).create().field(x, y, sigma, three);
            FieldScratch s = sd.newScratch();
            double[] ref = new double[5];
            for (int i = 0; i < x.size(); i++) {
                sd.evaluate(x.coords(), i * 5, ref, 0, s);
                for (int c = 0; c < 5; c++) {
                    assertEquals(ref[c], v[i * 5 + c], 1e-12 * (1 + Math.abs(ref[c])));
                }
            }
        }
    }

    @Test
    void excludeLeavesEachParticleOutOfItsOwnQScore() {
        PointSet x = gaussian(3, 101, 4, 1.0);
        PointSet y = gaussian(4, 60, 4, 1.2);
        double sigma = 0.9;
        for (int threads : new int[] {1, 4}) {
            try (ParallelRunner runner = new ParallelRunner(threads)) {
                double[] v = new double[x.size() * 4];
                ModelVelocity.compute(x, y, sigma, QSelf.EXCLUDE, v, runner);
                for (int i = 0; i < x.size(); i++) {
                    double[] xi = x.point(i);
                    double[] mp = kernelMean(xi, y, -1, sigma);
                    double[] mq = kernelMean(xi, x, i, sigma);
                    for (int c = 0; c < 4; c++) {
                        double want = (mp[c] - mq[c]) / (sigma * sigma);
                        assertEquals(want, v[i * 4 + c], 1e-10 * (1 + Math.abs(want)), "particle " + i + ", " + threads
                                + " threads");
                    }
                }
            }
        }
    }
}
