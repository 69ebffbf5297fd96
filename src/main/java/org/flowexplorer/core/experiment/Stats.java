package org.flowexplorer.core.experiment;

/** Mean and sample standard deviation over seeds, and the "within noise" test the experiments use. */
public final class Stats {
    private Stats() {
    }

    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (n − 1); 0 for a single value. */
    public static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    /** Standard error of the difference of the two means: sqrt(sd_a²/n_a + sd_b²/n_b). */
    public static double seDiff(double[] a, double[] b) {
        double sa = sd(a);
        double sb = sd(b);
        return Math.sqrt(sa * sa / a.length + sb * sb / b.length);
    }
}
