package org.flowexplorer.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowexplorer.core.flow.FieldScratch;
import org.flowexplorer.core.flow.FlowSpec;
import org.flowexplorer.core.flow.VelocityField;
import org.flowexplorer.core.io.StagedOutput;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.FieldDiagnostics;
import org.flowexplorer.core.render.Palette;

/**
 * The curl of a flow's velocity field on a grid over the view (the {@code diagnose} command). The
 * field is v(x) with the particles and targets of one step held fixed, at that step's σ, exactly
 * as {@link FieldDiagnostics} treats it. At each grid point the x–y Jacobian is taken by central
 * differences with δ = 10⁻³σ and
 * <pre>  curl = ∂v_y/∂x − ∂v_x/∂y</pre>
 * Coordinates beyond the second are held at the particles' mean. Circles given by the user get
 * the counter-clockwise line integral ∮ v·dl (midpoint rule, 256 arcs, exact tangent) and the
 * normalised |∮ v·dl| / ∮ ‖v‖ dl.
 */
public final class CurlDiagnosis {
    /** Arcs of a circle integral. */
    public static final int ARCS = 256;

    /** A circle in the x–y plane. */
    public record Circle(double x, double y, double r) {
        public Circle {
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(r) || !(r > 0)) {
                throw new IllegalArgumentException("circle needs finite x, y and a radius > 0, got " + x + "," + y + "," + r);
            }
        }

        /** Parses "x,y,r". */
        public static Circle parse(String s) {
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
                return new Circle(v[0], v[1], v[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("circle '" + s + "': needs finite numbers and a radius > 0");
            }
        }
    }

    /** A circle's integrals. */
    public record CircleResult(Circle circle, double circulation, double speedIntegral) {
        /** |∮ v·dl| / ∮ ‖v‖ dl, or NaN where v vanishes on the circle. */
        public double normalized() {
            return speedIntegral == 0 ? Double.NaN : Math.abs(circulation) / speedIntegral;
        }
    }

    /**
     * @param label       what was diagnosed (flow and options)
     * @param step        the step the state was taken at
     * @param sigma       σ of the field
     * @param view        xMin, xMax, yMin, yMax
     * @param nx          grid columns
     * @param ny          grid rows
     * @param curl        curl at the grid points, row-major from (xMin, yMin)
     * @param frobenius   ‖J‖_F of the x–y block at the grid points
     * @param vx          v_x at the grid points
     * @param vy          v_y at the grid points
     * @param diagnostics relative curl and circulation at the particles (ALGORITHMS.md §6)
     * @param circles     the circles' integrals
     * @param particles   the particles of the step
     * @param targets     the targets
     */
    public record Result(String label, long step, double sigma, double[] view, int nx, int ny, double[] curl,
                         double[] frobenius, double[] vx, double[] vy, FieldDiagnostics diagnostics,
                         List<CircleResult> circles, PointSet particles, PointSet targets) {
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
        public double gridRelativeCurl() {
            double c = Arrays.stream(curl).map(Math::abs).sum();
            double f = Arrays.stream(frobenius).sum();
            return f == 0 ? Double.NaN : c / f;
        }
    }

    private CurlDiagnosis() {
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

    /** Runs the diagnosis of {@code spec}'s field built from the given particles and targets at σ. */
    public static Result compute(String label, long step, FlowSpec spec, PointSet particles, PointSet targets,
                                 double sigma, double[] view, int grid, List<Circle> circles, ParallelRunner runner) {
        if (particles.dim() < 2) {
            throw new IllegalArgumentException("diagnose needs d ≥ 2");
        }
        if (grid < 2 || grid > 1000) {
            throw new IllegalArgumentException("grid must be between 2 and 1000, got " + grid);
        }
        if (view == null) {
            view = autoView(particles, targets);
        }
        if (!(view[1] > view[0]) || !(view[3] > view[2])) {
            throw new IllegalArgumentException("view must have x_min < x_max and y_min < y_max");
        }
        VelocityField field = spec.create().field(particles, targets, sigma, runner);
        double[] base = mean(particles);
        Sampled g = sampleGrid(field, base, view, grid, grid, sigma, runner);
        FieldDiagnostics diag = FieldDiagnostics.compute(particles, field, sigma, runner);
        List<CircleResult> cr = new ArrayList<>();
        for (Circle c : circles) {
            cr.add(circle(field, base, c));
        }
        return new Result(label, step, sigma, view.clone(), grid, grid, g.curl(), g.frobenius(), g.vx(), g.vy(), diag, List.copyOf(cr),
                particles, targets);
    }

    /**
     * The field sampled on an nx × ny grid: v and the central-difference x–y Jacobian J (δ = 10⁻³σ)
     * at the grid points, all row-major from (xMin, yMin).
     *
     * @param curl      ∂v_y/∂x − ∂v_x/∂y = J₂₁ − J₁₂
     * @param frobenius ‖J‖_F of the x–y block
     * @param vx        v_x
     * @param vy        v_y
     */
    public record Sampled(double[] curl, double[] frobenius, double[] vx, double[] vy) {
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

    /**
     * Samples {@code field} on the grid x_i = xMin + (xMax − xMin)·i/(nx − 1),
     * y_j = yMin + (yMax − yMin)·j/(ny − 1) with the other coordinates at {@code base}; the curl is
     * <pre>  (v_y(x+δ, y) − v_y(x−δ, y))/2δ − (v_x(x, y+δ) − v_x(x, y−δ))/2δ,   δ = 10⁻³σ</pre>
     * Rows are split over the runner's threads; the result does not depend on the thread count.
     *
     * @param view xMin, xMax, yMin, yMax (not modified)
     */
    public static Sampled sampleGrid(VelocityField field, double[] base, double[] view, int nx, int ny, double sigma,
                                     ParallelRunner runner) {
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("grid needs at least 2 × 2 points, got " + nx + " × " + ny);
        }
        int d = field.dim();
        double[] curl = new double[nx * ny];
        double[] frob = new double[nx * ny];
        double[] vx = new double[nx * ny];
        double[] vy = new double[nx * ny];
        double delta = 1e-3 * sigma;
        double[] fv = view.clone();
        runner.forRange(ny, (from, to) -> {
            FieldScratch scratch = field.newScratch();
            double[] p = base.clone();
            double[] a = new double[d];
            double[] b = new double[d];
            for (int j = from; j < to; j++) {
                for (int i = 0; i < nx; i++) {
                    int k = j * nx + i;
                    double x = fv[0] + (fv[1] - fv[0]) * i / (nx - 1);
                    double y = fv[2] + (fv[3] - fv[2]) * j / (ny - 1);
                    p[0] = x;
                    p[1] = y;
                    field.evaluate(p, 0, a, 0, scratch);
                    vx[k] = a[0];
                    vy[k] = a[1];
                    p[0] = x + delta;
                    field.evaluate(p, 0, a, 0, scratch);
                    p[0] = x - delta;
                    field.evaluate(p, 0, b, 0, scratch);
                    double jxx = (a[0] - b[0]) / (2 * delta);
                    double jyx = (a[1] - b[1]) / (2 * delta);
                    p[0] = x;
                    p[1] = y + delta;
                    field.evaluate(p, 0, a, 0, scratch);
                    p[1] = y - delta;
                    field.evaluate(p, 0, b, 0, scratch);
                    double jxy = (a[0] - b[0]) / (2 * delta);
                    double jyy = (a[1] - b[1]) / (2 * delta);
                    p[1] = y;
                    curl[k] = jyx - jxy;
                    frob[k] = Math.sqrt(jxx * jxx + jxy * jxy + jyx * jyx + jyy * jyy);
                }
            }
        });
        return new Sampled(curl, frob, vx, vy);
    }

    /** ∮ v·dl and ∮ ‖v‖ dl counter-clockwise around {@code c}. */
    public static CircleResult circle(VelocityField field, double[] base, Circle c) {
        int d = field.dim();
        double[] p = base.clone();
        double[] v = new double[d];
        FieldScratch scratch = field.newScratch();
        double dl = 2 * Math.PI * c.r() / ARCS;
        double along = 0;
        double length = 0;
        for (int k = 0; k < ARCS; k++) {
            double t = 2 * Math.PI * (k + 0.5) / ARCS;
            p[0] = c.x() + c.r() * Math.cos(t);
            p[1] = c.y() + c.r() * Math.sin(t);
            field.evaluate(p, 0, v, 0, scratch);
            along += (-v[0] * Math.sin(t) + v[1] * Math.cos(t)) * dl;
            double n2 = 0;
            for (int q = 0; q < d; q++) {
                n2 += v[q] * v[q];
            }
            length += Math.sqrt(n2) * dl;
        }
        return new CircleResult(c, along, length);
    }

    /** The colour scale: the 99th percentile of |curl|, at least 10⁻³ of the 99th percentile of ‖J‖_F. */
    public static double colourScale(Result r) {
        return colourScale(r.curl(), r.frobenius());
    }

    /**
     * The colour scale of a curl grid: max(p₉₉ |curl|, 10⁻³·p₉₉ ‖J‖_F), or 1 if that is 0. The floor
     * keeps the rounding-level curl of a gradient field near white instead of stretching it to
     * full colour.
     */
    public static double colourScale(double[] curl, double[] frobenius) {
        double c = percentile(curl, 0.99, true);
        double f = percentile(frobenius, 0.99, true);
        double s = Math.max(c, 1e-3 * f);
        return s > 0 ? s : 1.0;
    }

    private static double percentile(double[] v, double q, boolean abs) {
        double[] a = Arrays.stream(v).map(x -> abs ? Math.abs(x) : x).filter(Double::isFinite).sorted().toArray();
        return a.length == 0 ? 0 : a[Math.min(a.length - 1, (int) Math.floor(q * (a.length - 1)))];
    }

    /** Blue (−1) — near-white (0) — red (+1): the explorer's diverging scale (ColorBrewer RdBu). */
    public static int diverging(double t) {
        return Palette.diverging(t);
    }

    /** The heat map with the targets, particles and circles. */
    public static Raster heatMap(Result r) {
        int size = 520;
        int left = 60;
        int top = 50;
        double[] v = r.view();
        double aspect = (v[3] - v[2]) / (v[1] - v[0]);
        int w = size;
        int h = (int) Math.max(100, Math.min(1200, Math.round(size * aspect)));
        Raster img = new Raster(left + w + 120, top + h + 60);
        double scale = colourScale(r);
        // each pixel takes the nearest grid value
        for (int py = 0; py < h; py++) {
            int j = (int) Math.round((double) (h - 1 - py) / (h - 1) * (r.ny() - 1));
            for (int px = 0; px < w; px++) {
                int i = (int) Math.round((double) px / (w - 1) * (r.nx() - 1));
                img.blend(left + px, top + py, diverging(r.curl()[j * r.nx() + i] / scale));
            }
        }
        Panel p = new Panel(img, left, top, w, h, v[0], v[1], v[2], v[3]);
        p.scatter(r.targets().coords(), r.targets().dim(), 0, 1, 0.9, Raster.withAlpha(0x333333, 0.5));
        p.scatter(r.particles().coords(), r.particles().dim(), 0, 1, 0.9, Raster.withAlpha(0x2CA02C, 0.6));
        for (CircleResult c : r.circles()) {
            Circle q = c.circle();
            for (int k = 0; k < 720; k++) {
                double t = 2 * Math.PI * k / 720;
                double x = q.x() + q.r() * Math.cos(t);
                double y = q.y() + q.r() * Math.sin(t);
                if (x >= v[0] && x <= v[1] && y >= v[2] && y <= v[3]) {
                    img.dot(p.px(x), p.py(y), 1.0, Raster.BLACK);
                }
            }
        }
        p.frame(null, true);
        img.boldText(10, 20, "curl of v = ∂v_y/∂x − ∂v_x/∂y: " + r.label(), Raster.BLACK, 14);
        img.text(10, 38, String.format(Locale.ROOT, "step %d, σ = %.4g, relative curl %s, circulation %s "
                + "(grey: targets, green: particles)", r.step(), r.sigma(), fmt(r.diagnostics().relativeCurl()),
                fmt(r.diagnostics().circulation())), Raster.BLACK, 12);
        // colour bar
        int bx = left + w + 30;
        for (int py = 0; py < h; py++) {
            double t = 1 - 2.0 * py / (h - 1);
            img.fillRect(bx, top + py, 18, 1, diverging(t));
        }
        img.rectOutline(bx, top, 18, h, Raster.GREY);
        img.text(bx + 22, top + 10, "+" + Panel.fmt(scale), Raster.BLACK, 11);
        img.text(bx + 22, top + h / 2 + 4, "0", Raster.BLACK, 11);
        img.text(bx + 22, top + h, "−" + Panel.fmt(scale), Raster.BLACK, 11);
        return img;
    }

    private static String fmt(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.3g", v);
    }

    /** The JSON report. */
    public static String json(Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", r.label());
        m.put("step", r.step());
        m.put("sigma", r.sigma());
        m.put("relative_curl", r.diagnostics().relativeCurl());
        m.put("circulation", r.diagnostics().circulation());
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("x_min", r.view()[0]);
        g.put("x_max", r.view()[1]);
        g.put("y_min", r.view()[2]);
        g.put("y_max", r.view()[3]);
        g.put("nx", r.nx());
        g.put("ny", r.ny());
        g.put("max_abs_curl", r.maxAbsCurl());
        g.put("relative_curl", r.gridRelativeCurl());
        g.put("colour_scale", colourScale(r));
        m.put("grid", g);
        List<Object> cs = new ArrayList<>();
        for (CircleResult c : r.circles()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("x", c.circle().x());
            o.put("y", c.circle().y());
            o.put("r", c.circle().r());
            o.put("circulation", c.circulation());
            o.put("speed_integral", c.speedIntegral());
            o.put("normalized_circulation", c.normalized());
            cs.add(o);
        }
        m.put("circles", cs);
        m.put("notes", "relative_curl and circulation follow ALGORITHMS.md §6 (probes: first 256 particles); "
                + "circles: counter-clockwise ∮ v·dl, 256 arcs; gradient fields give rounding-level values");
        return Json.write(m);
    }

    /** curl.csv rows x, y, curl, jacobian_frobenius, vx, vy. */
    public static String csv(Result r) {
        StringBuilder sb = new StringBuilder("x,y,curl,jacobian_frobenius,vx,vy\n");
        for (int j = 0; j < r.ny(); j++) {
            for (int i = 0; i < r.nx(); i++) {
                int k = j * r.nx() + i;
                sb.append(r.x(i)).append(',').append(r.y(j)).append(',').append(r.curl()[k]).append(',')
                        .append(r.frobenius()[k]).append(',').append(r.vx()[k]).append(',').append(r.vy()[k]).append('\n');
            }
        }
        return sb.toString();
    }

    /** Writes curl.png, curl.csv and diagnostics.json, all or nothing. */
    public static void write(Result r, Path dir) throws IOException {
        try (StagedOutput staged = new StagedOutput()) {
            staged.write(dir.resolve("curl.png"), o -> heatMap(r).writePng(o));
            staged.write(dir.resolve("curl.csv"), o -> TableExperiment.text(o, csv(r)));
            staged.write(dir.resolve("diagnostics.json"), o -> TableExperiment.text(o, json(r)));
            staged.commit();
        }
    }
}
