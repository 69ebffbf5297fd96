package org.flowexplorer.core.experiment.curl;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowexplorer.core.experiment.report.Report;
import org.flowexplorer.core.experiment.report.ReportFile;
import org.flowexplorer.core.metric.field.CircleIntegral;
import org.flowexplorer.core.metric.field.FieldGrid;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.CurlGrid;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.paint.FrameBuffer;

/**
 * The files of {@code diagnose}: curl.png (the window's curl heat map drawn by the one
 * rasterizer, with the particles, targets, circles and the numbers), curl.csv (the grid) and
 * diagnostics.json.
 */
public final class CurlDiagnosisReport {
    /** Width of curl.png in pixels. */
    public static final int WIDTH = 720;
    /** Height of the caption band above the map. */
    private static final int CAPTION = 62;

    private CurlDiagnosisReport() {
    }

    public static Report of(CurlDiagnosis r) {
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "%s, step %d, sigma %.4g: relative_curl %s, circulation %s, grid relative "
                        + "curl %.3g", r.label(), r.snapshot().step(), r.sigma(), str(r.diagnostics().relativeCurl()),
                str(r.diagnostics().circulation()), r.grid().relativeCurl()));
        for (CircleIntegral c : r.circles()) {
            summary.add(String.format(Locale.ROOT, "circle (%s, %s, r %s): circulation %.4g, normalized %.3g",
                    c.circle().x(), c.circle().y(), c.circle().r(), c.circulation(), c.normalized()));
        }
        return new Report(summary, List.of(ReportFile.png("curl.png", heatMap(r)), csv(r),
                ReportFile.json("diagnostics.json", json(r))));
    }

    private static String str(Double d) {
        return d == null ? "null" : String.format(Locale.ROOT, "%.3g", d);
    }

    /**
     * The heat map: the one rasterizer draws the curl grid, targets and particles exactly as the
     * window does; Java2D adds the circles and an anti-aliased caption above.
     */
    static BufferedImage heatMap(CurlDiagnosis r) {
        FieldGrid g = r.grid();
        double[] v = g.view();
        int w = WIDTH;
        int h = (int) Math.max(200, Math.min(1400, Math.round(w * (v[3] - v[2]) / (v[1] - v[0]))));
        double scale = w / (v[1] - v[0]);
        Camera view = new Camera((v[0] + v[1]) / 2, (v[2] + v[3]) / 2, scale, 0, 0);
        CurlGrid curl = new CurlGrid(v[0], v[1], v[2], v[3], g.nx(), g.ny(), g.curl(), g.colourScale());
        FrameBuffer fb = new FrameBuffer(w, h);
        new Rasterizer().render(FrameInput.of(r.snapshot()).withCurl(curl), view, RenderOptions.defaults(), fb);
        BufferedImage img = new BufferedImage(w, h + CAPTION, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, CAPTION, w, h, fb.pixels(), 0, w);
        Graphics2D gr = img.createGraphics();
        try {
            gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            gr.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, w, CAPTION);
            gr.setColor(Color.BLACK);
            gr.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            gr.drawString("curl ∂v_y/∂x − ∂v_x/∂y: " + r.label(), 8, 18);
            gr.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            gr.drawString(String.format(Locale.ROOT, "step %d, σ = %.4g: relative curl %s, circulation %s (at the "
                    + "particles)", r.snapshot().step(), r.sigma(), str(r.diagnostics().relativeCurl()),
                    str(r.diagnostics().circulation())), 8, 36);
            gr.drawString(String.format(Locale.ROOT, "red +%.3g … white 0 … blue −%.3g", g.colourScale(),
                    g.colourScale()), 8, 54);
            gr.setStroke(new BasicStroke(1.5f));
            for (CircleIntegral c : r.circles()) {
                double cx = w / 2.0 + (c.circle().x() - view.cx()) * scale;
                double cy = CAPTION + h / 2.0 - (c.circle().y() - view.cy()) * scale;
                double rr = c.circle().r() * scale;
                gr.draw(new Ellipse2D.Double(cx - rr, cy - rr, 2 * rr, 2 * rr));
                gr.drawString(String.format(Locale.ROOT, "∮v·dl = %.3g", c.circulation()), (float) (cx + rr * 0.72),
                        (float) (cy - rr * 0.72));
            }
        } finally {
            gr.dispose();
        }
        return img;
    }

    static ReportFile csv(CurlDiagnosis r) {
        FieldGrid g = r.grid();
        List<List<Object>> rows = new ArrayList<>();
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                int k = j * g.nx() + i;
                rows.add(List.of(g.x(i), g.y(j), g.curl()[k], g.frobenius()[k], g.vx()[k], g.vy()[k]));
            }
        }
        return ReportFile.csv("curl.csv", List.of("x", "y", "curl", "jacobian_frobenius", "vx", "vy"), rows);
    }

    static Map<String, Object> json(CurlDiagnosis r) {
        FieldGrid g = r.grid();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", r.label());
        m.put("step", r.snapshot().step());
        m.put("sigma", r.sigma());
        m.put("relative_curl", r.diagnostics().relativeCurl());
        m.put("circulation", r.diagnostics().circulation());
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("x_min", g.view()[0]);
        grid.put("x_max", g.view()[1]);
        grid.put("y_min", g.view()[2]);
        grid.put("y_max", g.view()[3]);
        grid.put("nx", g.nx());
        grid.put("ny", g.ny());
        grid.put("max_abs_curl", g.maxAbsCurl());
        grid.put("relative_curl", g.relativeCurl());
        grid.put("colour_scale", g.colourScale());
        m.put("grid", grid);
        List<Object> cs = new ArrayList<>();
        for (CircleIntegral c : r.circles()) {
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
        m.put("notes", "relative_curl and circulation follow algorithms.md §6 (probes: first 256 particles); "
                + "circles: counter-clockwise integral of v.dl, 256 arcs; gradient fields give rounding-level values");
        return m;
    }
}
