package org.flowexplorer.core.metric;

/**
 * The fixed unit directions of the sliced Wasserstein distance (algorithms.md §6), 64 of them
 * for d ≥ 2:
 * <pre>
 *   d = 1:  the single direction (1)
 *   d = 2:  u_k = (cos θ_k, sin θ_k),  θ_k = πk/64
 *   d = 3:  Fibonacci sphere  z = 1 − (2k+1)/64,  r = √(1 − z²),  φ = k·π(3 − √5),
 *           u_k = (r cos φ, r sin φ, z)
 *   d > 3:  u_k ∝ (frac((k+1)√p_1) − ½, …, frac((k+1)√p_d) − ½),  p_i the i-th prime, normalized
 * </pre>
 * for k = 0..63. Deterministic: no random numbers, so the metric is the same in every run.
 */
final class SliceDirections {
    /** Number of directions for d ≥ 2. */
    static final int COUNT = 64;

    private SliceDirections() {
    }

    /**
     * The directions for dimension {@code d} as a flat row-major array: direction k occupies
     * {@code [k·d, (k+1)·d)}. Its length is {@code d} for d = 1 and {@code 64·d} otherwise.
     */
    static double[] unitVectors(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + d);
        }
        if (d == 1) {
            return new double[] {1.0};
        }
        double[] u = new double[COUNT * d];
        if (d == 2) {
            for (int k = 0; k < COUNT; k++) {
                double theta = Math.PI * k / COUNT;
                u[2 * k] = Math.cos(theta);
                u[2 * k + 1] = Math.sin(theta);
            }
        } else if (d == 3) {
            double golden = Math.PI * (3.0 - Math.sqrt(5.0));
            for (int k = 0; k < COUNT; k++) {
                double z = 1.0 - (2.0 * k + 1.0) / COUNT;
                double r = Math.sqrt(1.0 - z * z);
                double phi = k * golden;
                u[3 * k] = r * Math.cos(phi);
                u[3 * k + 1] = r * Math.sin(phi);
                u[3 * k + 2] = z;
            }
        } else {
            double[] rootPrimes = new double[d];
            int[] primes = firstPrimes(d);
            for (int i = 0; i < d; i++) {
                rootPrimes[i] = Math.sqrt(primes[i]);
            }
            for (int k = 0; k < COUNT; k++) {
                double norm2 = 0.0;
                for (int i = 0; i < d; i++) {
                    double t = (k + 1) * rootPrimes[i];
                    double v = (t - Math.floor(t)) - 0.5;
                    u[k * d + i] = v;
                    norm2 += v * v;
                }
                double inv = 1.0 / Math.sqrt(norm2);
                for (int i = 0; i < d; i++) {
                    u[k * d + i] *= inv;
                }
            }
        }
        return u;
    }

    /** The first {@code count} primes 2, 3, 5, … by trial division (count ≤ a few hundred). */
    static int[] firstPrimes(int count) {
        int[] primes = new int[count];
        int found = 0;
        for (int candidate = 2; found < count; candidate++) {
            boolean prime = true;
            for (int i = 0; i < found && primes[i] * primes[i] <= candidate; i++) {
                if (candidate % primes[i] == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                primes[found++] = candidate;
            }
        }
        return primes;
    }
}
