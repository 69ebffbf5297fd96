package org.flowexplorer.core.kernel.simd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

/**
 * The vector exp twins against {@code Math.exp}: the same error bounds as the scalar {@code FastExp}
 * (they differ from it only by fused multiply-adds). Runs with the Vector API module (surefire adds it).
 */
class VectorExpTest {
    @Test
    void doubleLanesAreWithinTwoUlp() {
        int l = FloatSpecies.PREFERRED_DOUBLE.length();
        double[] x = new double[l];
        double[] y = new double[l];
        double worst = 0;
        for (double start = -708; start < 600; start += 0.0113 * l) {
            for (int i = 0; i < l; i++) {
                x[i] = start + 0.0113 * i;
            }
            VectorExp.exp(DoubleVector.fromArray(FloatSpecies.PREFERRED_DOUBLE, x, 0)).intoArray(y, 0);
            for (int i = 0; i < l; i++) {
                worst = Math.max(worst, Math.abs(y[i] - Math.exp(x[i])) / Math.exp(x[i]));
            }
        }
        assertTrue(worst < 4e-16, "max relative error " + worst);
    }

    @Test
    void floatLanesAreWithinThreeTenthsOfAMillionth() {
        int l = FloatSpecies.PREFERRED.length();
        float[] x = new float[l];
        float[] y = new float[l];
        double worst = 0;
        for (float start = -87; start < 80; start += 0.0007f * l) {
            for (int i = 0; i < l; i++) {
                x[i] = start + 0.0007f * i;
            }
            VectorExp.exp(FloatVector.fromArray(FloatSpecies.PREFERRED, x, 0)).intoArray(y, 0);
            for (int i = 0; i < l; i++) {
                worst = Math.max(worst, Math.abs(y[i] - Math.exp(x[i])) / Math.exp(x[i]));
            }
        }
        assertTrue(worst < 3e-7, "max relative error " + worst);
    }
}
