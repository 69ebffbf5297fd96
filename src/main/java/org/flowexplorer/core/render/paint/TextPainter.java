package org.flowexplorer.core.render.paint;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Anti-aliased text (and rounded panels behind it) drawn straight into a {@link FrameBuffer} with
 * Java2D and the DejaVu Sans font shipped in the jar ({@code fonts/DejaVuSans.ttf}, Bitstream Vera
 * licence beside it), so the text looks the same with or without system fonts and in the window
 * and every export. The frame's {@code int[]} is wrapped, not copied, as premultiplied ARGB; every
 * pixel stays opaque. Grayscale anti-aliasing with fractional metrics: the same pixels for the same
 * input on a given Java runtime. Not thread safe; make one per frame and {@link #close()} it.
 */
public final class TextPainter implements AutoCloseable {
    private final Graphics2D g;

    /** A painter drawing into {@code fb}. */
    public TextPainter(FrameBuffer fb) {
        DirectColorModel cm = new DirectColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
                32, 0xFF0000, 0xFF00, 0xFF, 0xFF000000, true, DataBuffer.TYPE_INT);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(fb.pixels(), fb.pixels().length),
                fb.width(), fb.height(), fb.width(), cm.getMasks(), null);
        g = new BufferedImage(cm, raster, true, null).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setComposite(AlphaComposite.SrcOver);
    }

    /** The bundled font at {@code sizePx} pixels (bold is derived from the regular face). */
    public static Font font(float sizePx, boolean bold) {
        return Fonts.REGULAR.deriveFont(bold ? Font.BOLD : Font.PLAIN, sizePx);
    }

    /** Advance width of {@code text} in pixels. */
    public double width(String text, float sizePx, boolean bold) {
        return g.getFontMetrics(font(sizePx, bold)).getStringBounds(text, g).getWidth();
    }

    /** Draws {@code text} with its baseline starting at (x, baseline), in {@code argb}. */
    public void text(String text, double x, double baseline, float sizePx, boolean bold, int argb) {
        g.setFont(font(sizePx, bold));
        g.setColor(new Color(argb | 0xFF000000));
        g.drawString(text, (float) x, (float) baseline);
    }

    /** Fills an anti-aliased rounded rectangle with {@code rgb} at opacity {@code alpha}. */
    public void panel(double x, double y, double w, double h, double radius, int rgb, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        g.setColor(new Color((rgb & 0xFFFFFF) | a << 24, true));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius));
    }

    /** An anti-aliased line of the given width in pixels. */
    public void line(double x0, double y0, double x1, double y1, double width, int argb) {
        g.setColor(new Color(argb | 0xFF000000));
        g.setStroke(new java.awt.BasicStroke((float) width, java.awt.BasicStroke.CAP_ROUND,
                java.awt.BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void close() {
        g.dispose();
    }

    /** The font file, read once (fonts are immutable values). */
    private static final class Fonts {
        static final Font REGULAR = load("fonts/DejaVuSans.ttf");

        private static Font load(String resource) {
            try (InputStream in = TextPainter.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font resource missing: " + resource);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + resource, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bad font " + resource, e);
            }
        }
    }
}
