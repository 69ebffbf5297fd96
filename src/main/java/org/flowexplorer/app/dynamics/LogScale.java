package org.flowexplorer.app.dynamics;

/**
 * Maps a slider position in [0, 1] to a value on a logarithmic scale between {@code min} and
 * {@code max} and back, so that σ from 0.01 to 10 gets equal room per decade.
 *
 * @param min the value at position 0, &gt; 0
 * @param max the value at position 1, &gt; min
 */
public record LogScale(double min, double max) {
    public LogScale {
        if (!(min > 0) || !(max > min)) {
            throw new IllegalArgumentException("need 0 < min < max, got " + min + ", " + max);
        }
    }

    /** The value at slider position {@code u} (clamped to [0, 1]). */
    public double value(double u) {
        double t = Math.max(0, Math.min(1, u));
        return min * Math.pow(max / min, t);
    }

    /** The slider position of {@code value} (clamped to [0, 1]). */
    public double position(double value) {
        if (!(value > 0)) {
            return 0;
        }
        double u = Math.log(value / min) / Math.log(max / min);
        return Math.max(0, Math.min(1, u));
    }

    /** Rounds to 3 significant digits, for read-outs and for values set by sliders. */
    public static double round3(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }
}
