package org.flowexplorer.core.metric.field;

/**
 * A circle in the x–y plane around which a line integral is taken.
 *
 * @param x centre x
 * @param y centre y
 * @param r radius &gt; 0
 */
public record FieldCircle(double x, double y, double r) {
    public FieldCircle {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(r) || !(r > 0)) {
            throw new IllegalArgumentException("circle needs finite x, y and a radius > 0, got " + x + "," + y + "," + r);
        }
    }

    /** Parses "x,y,r". */
    public static FieldCircle parse(String s) {
        String[] p = s.split(",", -1);
        if (p.length != 3) {
            throw new IllegalArgumentException("circle '" + s + "' must be x,y,r (three numbers)");
        }
        double[] v = new double[3];
        for (int k = 0; k < 3; k++) {
            try {
                v[k] = Double.parseDouble(p[k].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("circle '" + s + "': '" + p[k] + "' is not a number");
            }
        }
        try {
            return new FieldCircle(v[0], v[1], v[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("circle '" + s + "': needs finite numbers and a radius > 0");
        }
    }
}
