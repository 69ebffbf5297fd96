package org.flowexplorer.core.experiment;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.flowexplorer.core.render.Palette;

/**
 * A small pure-Java plotter for the reproduction figures: an ARGB pixel buffer with alpha-blended
 * dots, rectangles and lines, plus text labels that are drawn (with AWT, headless) when the image
 * is encoded as PNG. Figures are plots (axes, histograms, panels) rather than explorer frames, so
 * they use this small plotter with the explorer's {@link Palette} colours.
 */
public final class Raster {
    /** Colours of the reproduction figures (ARGB), taken from the shared colour-blind-safe {@link Palette}. */
    public static final int WHITE = Palette.background(false);
    public static final int BLACK = 0xFF000000;
    public static final int GREY = 0xFF888888;
    public static final int LIGHT_GREY = 0xFFDDDDDD;
    /** Okabe–Ito blue. */
    public static final int PARTICLE = Palette.categorical(4);
    /** Okabe–Ito vermillion. */
    public static final int TARGET = Palette.categorical(5);
    /** Okabe–Ito bluish green. */
    public static final int GREEN = Palette.categorical(2);
    /** Okabe–Ito orange. */
    public static final int ORANGE = Palette.categorical(0);

    private record Label(int x, int y, String text, int color, int size, boolean bold) {
    }

    private final int width;
    private final int height;
    private final int[] argb;
    private final List<Label> labels = new ArrayList<>();

    public Raster(int width, int height) {
        if (width < 1 || height < 1 || (long) width * height > 50_000_000L) {
            throw new IllegalArgumentException("bad image size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.argb = new int[width * height];
        java.util.Arrays.fill(argb, WHITE);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel buffer (row-major ARGB), live. */
    public int[] pixels() {
        return argb;
    }

    /** Colour {@code rgb} with alpha {@code a} in [0, 1]. */
    public static int withAlpha(int rgb, double a) {
        int alpha = (int) Math.round(Math.max(0, Math.min(1, a)) * 255);
        return (alpha << 24) | (rgb & 0xFFFFFF);
    }

    /** Alpha-blends {@code color} over pixel (x, y); ignores pixels outside the image. */
    public void blend(int x, int y, int color) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        int a = color >>> 24;
        int k = y * width + x;
        if (a == 255) {
            argb[k] = color;
            return;
        }
        if (a == 0) {
            return;
        }
        int dst = argb[k];
        int r = mix((color >> 16) & 255, (dst >> 16) & 255, a);
        int g = mix((color >> 8) & 255, (dst >> 8) & 255, a);
        int b = mix(color & 255, dst & 255, a);
        argb[k] = 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    private static int mix(int src, int dst, int a) {
        return (src * a + dst * (255 - a) + 127) / 255;
    }

    public void fillRect(int x, int y, int w, int h, int color) {
        for (int j = Math.max(0, y); j < Math.min(height, y + h); j++) {
            for (int i = Math.max(0, x); i < Math.min(width, x + w); i++) {
                blend(i, j, color);
            }
        }
    }

    /** A filled disc of radius r (pixels) centred at (cx, cy). */
    public void dot(double cx, double cy, double r, int color) {
        int x0 = (int) Math.floor(cx - r);
        int x1 = (int) Math.ceil(cx + r);
        int y0 = (int) Math.floor(cy - r);
        int y1 = (int) Math.ceil(cy + r);
        double r2 = r * r;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                if (dx * dx + dy * dy <= r2 + 0.25) {
                    blend(x, y, color);
                }
            }
        }
    }

    /** A line by DDA sampling. */
    public void line(double x0, double y0, double x1, double y1, int color) {
        double len = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
        int n = Math.max(1, (int) Math.ceil(len));
        for (int k = 0; k <= n; k++) {
            double t = (double) k / n;
            blend((int) Math.floor(x0 + t * (x1 - x0)), (int) Math.floor(y0 + t * (y1 - y0)), color);
        }
    }

    public void rectOutline(int x, int y, int w, int h, int color) {
        line(x, y, x + w - 1, y, color);
        line(x, y + h - 1, x + w - 1, y + h - 1, color);
        line(x, y, x, y + h - 1, color);
        line(x + w - 1, y, x + w - 1, y + h - 1, color);
    }

    /** A text label whose baseline starts at (x, y), "\n" starts a new line; drawn when the image is encoded. */
    public void text(int x, int y, String text, int color, int size) {
        labels.add(new Label(x, y, text, color, size, false));
    }

    public void boldText(int x, int y, String text, int color, int size) {
        labels.add(new Label(x, y, text, color, size, true));
    }

    /** The image with its labels. */
    public BufferedImage toImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, width, height, argb, 0, width);
        if (!labels.isEmpty()) {
            Graphics2D g = img.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                for (Label l : labels) {
                    g.setFont(new Font(Font.SANS_SERIF, l.bold ? Font.BOLD : Font.PLAIN, l.size));
                    g.setColor(new Color(l.color, true));
                    String[] lines = l.text.split("\n");
                    for (int k = 0; k < lines.length; k++) {
                        g.drawString(lines[k], l.x, l.y + Math.round(k * l.size * 1.35f));
                    }
                }
            } catch (RuntimeException | Error e) {
                // no fonts on this machine: keep the picture without labels
            } finally {
                g.dispose();
            }
        }
        return img;
    }

    /** Encodes the image as PNG. */
    public void writePng(OutputStream out) throws IOException {
        if (!ImageIO.write(toImage(), "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }
}
