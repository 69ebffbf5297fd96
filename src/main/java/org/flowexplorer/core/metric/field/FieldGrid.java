package org.flowexplorer.core.metric.field;

import java.util.Arrays;
import java.util.List;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.VectorField;

/**
 * A field sampled on an nx × ny grid over a view of the x–y plane (the {@code diagnose} heat map
 * and the window's curl overlay): at x_i = xMin + (xMax − xMin)·i/(nx − 1),
 * y_j = yMin + (yMax − yMin)·j/(ny − 1), other coordinates held at a base point, v and
 * <pre>  curl = ∂v_y/∂x − ∂v_x/∂y</pre>
 * from the central-difference Jacobian of {@link FieldCalculus} (δ = 10⁻³σ). Arrays are row-major
 * from (xMin, yMin).
 *
 * @param view      xMin, xMax, yMin, yMax
 * @param nx        columns
 * @param ny        rows
 * @param curl      curl at the grid points
 * @param frobenius ‖J‖_F of the x–y block at the grid points
 * @param vx        v_x
 * @param vy        v_y
 */
public record FieldGrid(double[] view, int nx, int ny, double[] curl, double[] frobenius, double[] vx, double[] vy) {
    /**
     * Samples {@code field}. Rows are split over the runner's threads; the result does not depend
     * on the thread count.
     *
     * @param base the point whose coordinates beyond the second are used (not modified)
     * @param view xMin, xMax, yMin, yMax (not modified)
     */
    public static FieldGrid sample(VectorField field, double[] base, double[] view, int nx, int ny, double sigma,
                                   ParallelRunner runner) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("grid needs at least 2 × 2 points, got " + nx + " × " + ny);
        }
        if (!(view[1] > view[0]) || !(view[3] > view[2])) {
            throw new IllegalArgumentException("view must have x_min < x_max and y_min < y_max");
        }
        double[] v = view.clone();
        double[] curl = new double[nx * ny];
        double[] frob = new double[nx * ny];
        double[] vx = new double[nx * ny];
        double[] vy = new double[nx * ny];
        runner.forRange(ny, (from, to) -> {
            FieldCalculus calc = new FieldCalculus(field, sigma);
            double[] p = base.clone();
            double[] j = new double[4];
            double[] value = new double[field.dim()];
            for (int r = from; r < to; r++) {
                for (int i = 0; i < nx; i++) {
                    int k = r * nx + i;
                    p[0] = v[0] + (v[1] - v[0]) * i / (nx - 1);
                    p[1] = v[2] + (v[3] - v[2]) * r / (ny - 1);
                    calc.value(p, 0, value);
                    vx[k] = value[0];
                    vy[k] = value[1];
                    calc.jacobianXY(p, 0, j);
                    curl[k] = FieldCalculus.curl(j);
                    frob[k] = FieldCalculus.frobenius(j);
                }
            }
        });
        return new FieldGrid(v, nx, ny, curl, frob, vx, vy);
    }

    public double x(int i) {
        return view[0] + (view[1] - view[0]) * i / (nx - 1);
    }

    public double y(int j) {
        return view[2] + (view[3] - view[2]) * j / (ny - 1);
    }

    public double maxAbsCurl() {
        return Arrays.stream(curl).map(Math::abs).max().orElse(0);
    }

    /** mean |curl| / mean ‖J‖_F over the grid (NaN if the Jacobian vanishes everywhere). */
    public double relativeCurl() {
        double c = Arrays.stream(curl).map(Math::abs).sum();
        double f = Arrays.stream(frobenius).sum();
        return f == 0 ? Double.NaN : c / f;
    }

    /**
     * The colour scale of the curl: max(p₉₉ |curl|, 10⁻³·p₉₉ ‖J‖_F), or 1 if that is 0. The floor
     * keeps the rounding-level curl of a gradient field near white instead of stretching it to
     * full colour.
     */
    public double colourScale() {
        double s = Math.max(percentile(curl), 1e-3 * percentile(frobenius));
        return s > 0 ? s : 1.0;
    }

    private static double percentile(double[] v) {
        double[] a = Arrays.stream(v).map(Math::abs).filter(Double::isFinite).sorted().toArray();
        return a.length == 0 ? 0 : a[Math.min(a.length - 1, (int) Math.floor(0.99 * (a.length - 1)))];
    }

    /** The view around the targets and particles (x–y), 10% margin on each side. */
    public static double[] autoView(PointSet particles, PointSet targets) {
        double[] v = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (PointSet s : List.of(particles, targets)) {
            for (int i = 0; i < s.size(); i++) {
                v[0] = Math.min(v[0], s.get(i, 0));
                v[1] = Math.max(v[1], s.get(i, 0));
                v[2] = Math.min(v[2], s.get(i, 1));
                v[3] = Math.max(v[3], s.get(i, 1));
            }
        }
        double mx = Math.max(0.1 * (v[1] - v[0]), 0.1);
        double my = Math.max(0.1 * (v[3] - v[2]), 0.1);
        return new double[] {v[0] - mx, v[1] + mx, v[2] - my, v[3] + my};
    }

    /** The mean of the particles: where coordinates beyond the second are held. */
    public static double[] mean(PointSet particles) {
        int d = particles.dim();
        double[] base = new double[d];
        for (int i = 0; i < particles.size(); i++) {
            for (int c = 0; c < d; c++) {
                base[c] += particles.get(i, c) / particles.size();
            }
        }
        return base;
    }
}
