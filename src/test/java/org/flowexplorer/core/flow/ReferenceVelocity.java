package org.flowexplorer.core.flow;

/**
 * A deliberately naive, independent transcription of algorithms.md §1–2 used as the reference in
 * tests: plain nested loops over double[][] rows, softmax weights normalised first, kernel means
 * formed as Σ w_j y_j (not offsets), no skipping of small weights.
 */
final class ReferenceVelocity {
    private ReferenceVelocity() {
    }

    static double sq(double[] a, double[] b) {
        double s = 0;
        for (int c = 0; c < a.length; c++) {
            s += (a[c] - b[c]) * (a[c] - b[c]);
        }
        return s;
    }

    /** m(x) = Σ_j softmax_j(−‖x − y_j‖²/(2σ²)) y_j. */
    static double[] kernelMean(double[] x, double[][] ys, double sigma) {
        return kernelMean(x, ys, sigma, -1);
    }

    /** m(x) without point {@code skip} (q_self = exclude); x itself when no point is left. */
    static double[] kernelMean(double[] x, double[][] ys, double sigma, int skip) {
        double[] a = new double[ys.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ys.length; j++) {
            a[j] = j == skip ? Double.NEGATIVE_INFINITY : -sq(x, ys[j]) / (2 * sigma * sigma);
            max = Math.max(max, a[j]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return x.clone();
        }
        double total = 0;
        for (int j = 0; j < ys.length; j++) {
            total += Math.exp(a[j] - max);
        }
        double[] m = new double[x.length];
        for (int j = 0; j < ys.length; j++) {
            double w = Math.exp(a[j] - max) / total;
            for (int c = 0; c < x.length; c++) {
                m[c] += w * ys[j][c];
            }
        }
        return m;
    }

    static double[] score(double[] x, double[][] ys, double sigma) {
        return score(x, ys, sigma, -1);
    }

    static double[] score(double[] x, double[][] ys, double sigma, int skip) {
        double[] m = kernelMean(x, ys, sigma, skip);
        double[] s = new double[x.length];
        for (int c = 0; c < x.length; c++) {
            s[c] = (m[c] - x[c]) / (sigma * sigma);
        }
        return s;
    }

    static double[][] velocity(FlowSpec spec, double[][] xs, double[][] ys, double sigma) {
        int n = xs.length;
        int d = xs[0].length;
        double[][] v = new double[n][];
        double h2 = svgdH2(xs, sigma);
        double[][] sp = new double[n][];
        for (int k = 0; k < n; k++) {
            sp[k] = score(xs[k], ys, sigma);
        }
        for (int i = 0; i < n; i++) {
            double[] x = xs[i];
            double[] out = new double[d];
            switch (spec.kind()) {
                case SD -> {
                    double[] mp = kernelMean(x, ys, sigma);
                    double[] mq = kernelMean(x, xs, sigma, skip(spec, i));
                    for (int c = 0; c < d; c++) {
                        out[c] = (mp[c] - mq[c]) / (sigma * sigma);
                    }
                }
                case LANGEVIN -> out = score(x, ys, sigma);
                case DIFFFLOW -> {
                    double wp = spec.wp() != null ? spec.wp() : 1.0;
                    double wq = spec.wq() != null ? spec.wq() : 1.0 - spec.rho();
                    double[] a = score(x, ys, sigma);
                    double[] b = score(x, xs, sigma, skip(spec, i));
                    for (int c = 0; c < d; c++) {
                        out[c] = wp * a[c] - wq * b[c];
                    }
                }
                case MMD -> {
                    for (double[] y : ys) {
                        double k = Math.exp(-sq(x, y) / (2 * sigma * sigma));
                        for (int c = 0; c < d; c++) {
                            out[c] += k * (y[c] - x[c]) / (sigma * sigma) / ys.length;
                        }
                    }
                    for (double[] y : xs) {
                        double k = Math.exp(-sq(x, y) / (2 * sigma * sigma));
                        for (int c = 0; c < d; c++) {
                            out[c] -= k * (y[c] - x[c]) / (sigma * sigma) / n;
                        }
                    }
                }
                case SVGD -> {
                    for (int k = 0; k < n; k++) {
                        double kern = Math.exp(-sq(xs[k], x) / (2 * h2));
                        for (int c = 0; c < d; c++) {
                            out[c] += kern * (sp[k][c] + (x[c] - xs[k][c]) / h2) / n;
                        }
                    }
                }
            }
            if (spec.curl() != 0 && d >= 2) {
                double a = out[0];
                double b = out[1];
                out[0] = a - spec.curl() * b;
                out[1] = b + spec.curl() * a;
            }
            v[i] = out;
        }
        return v;
    }

    /** The index to leave out of particle i's q sample. */
    private static int skip(FlowSpec spec, int i) {
        return spec.qSelf() == QSelf.EXCLUDE ? i : -1;
    }

    static double svgdH2(double[][] xs, double sigma) {
        int n = xs.length;
        if (n < 2) {
            return sigma * sigma;
        }
        double[] all = new double[n * (n - 1) / 2];
        int t = 0;
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                all[t++] = sq(xs[i], xs[k]);
            }
        }
        java.util.Arrays.sort(all);
        double med = all.length % 2 == 1 ? all[all.length / 2] : 0.5 * (all[all.length / 2 - 1] + all[all.length / 2]);
        return med == 0 ? sigma * sigma : 0.5 * med / Math.log(n + 1.0);
    }

    /**
     * The size of the terms whose difference is the velocity of particle i: the sum of the absolute
     * values of everything that is added up (Higham's condition scale of a sum), e.g. for SD flow
     * {@code (Σ_j w_j ‖y_j − x‖ + Σ_k w_k ‖x_k − x‖)/σ²}. Fast kernels are judged relative to it,
     * because near a fixed point the velocity is a cancellation of much larger terms.
     */
    static double scale(FlowSpec spec, double[][] xs, double[][] ys, double sigma, int i) {
        double s2 = sigma * sigma;
        double[] x = xs[i];
        double wp = spec.wp() != null ? spec.wp() : 1.0;
        double wq = spec.wq() != null ? spec.wq() : 1.0 - spec.rho();
        double out = switch (spec.kind()) {
            case SD -> (softL1(x, ys, sigma, -1) + softL1(x, xs, sigma, skip(spec, i))) / s2;
            case LANGEVIN -> softL1(x, ys, sigma, -1) / s2;
            case DIFFFLOW -> (Math.abs(wp) * softL1(x, ys, sigma, -1) + Math.abs(wq) * softL1(x, xs, sigma, skip(spec, i))) / s2;
            case MMD -> (rawL1(x, ys, 2 * s2) / ys.length + rawL1(x, xs, 2 * s2) / xs.length) / s2;
            case SVGD -> {
                double h2 = svgdH2(xs, sigma);
                double sum = 0;
                for (double[] xk : xs) {
                    double kern = Math.exp(-sq(xk, x) / (2 * h2));
                    sum += kern * (softL1(xk, ys, sigma, -1) / s2 + Math.sqrt(sq(xk, x)) / h2);
                }
                yield sum / xs.length;
            }
        };
        return out * (1 + Math.abs(spec.curl()));
    }

    /** Σ_j softmax_j ‖y_j − x‖. */
    private static double softL1(double[] x, double[][] ys, double sigma, int skip) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ys.length; j++) {
            if (j != skip) {
                max = Math.max(max, -sq(x, ys[j]) / (2 * sigma * sigma));
            }
        }
        double total = 0;
        double l1 = 0;
        for (int j = 0; j < ys.length; j++) {
            if (j != skip) {
                double w = Math.exp(-sq(x, ys[j]) / (2 * sigma * sigma) - max);
                total += w;
                l1 += w * Math.sqrt(sq(x, ys[j]));
            }
        }
        return total == 0 ? 0 : l1 / total;
    }

    /** Σ_j exp(−‖x − y_j‖²/(2h²)) ‖y_j − x‖, with twoH2 = 2h². */
    private static double rawL1(double[] x, double[][] ys, double twoH2) {
        double l1 = 0;
        for (double[] y : ys) {
            l1 += Math.exp(-sq(x, y) / twoH2) * Math.sqrt(sq(x, y));
        }
        return l1;
    }
}
