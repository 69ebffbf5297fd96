package org.flowexplorer.core.render.paint;

/**
 * Precomputed anti-aliased disc masks, so drawing ten thousand particles costs a table lookup and
 * a blend per pixel instead of a square root. Centres are quantised to 1/{@value #SUB} pixel and
 * radii to 1/{@value #SUB} pixel; each (radius, sub-pixel offset) mask holds the same coverage
 * {@link Painter#disc} computes for that centre. Radii above {@link #MAX_RADIUS} are drawn directly.
 * Masks are built lazily and kept per instance (one per rasterizer, so no shared mutable state).
 */
public final class DiscStamps {
    static final int SUB = 8;
    static final double MAX_RADIUS = 8;

    /** [radius quantum][sub-y · SUB + sub-x] → alpha256 values of a (2R+1)² box, R = {@link #reach}. */
    private final int[][][] masks = new int[(int) (MAX_RADIUS * SUB) + 1][][];

    /** Draws an opaque anti-aliased disc of radius {@code r} centred at (cx, cy). */
    public void draw(Painter p, FrameBuffer fb, double cx, double cy, double r, int rgb) {
        int w = fb.width();
        int h = fb.height();
        if (!(cx > -r - 2 && cx < w + r + 2 && cy > -r - 2 && cy < h + r + 2)) {
            return; // off screen, or NaN
        }
        int rq = (int) Math.round(r * SUB);
        if (rq < 1 || rq >= masks.length) {
            p.disc(cx, cy, r, rgb, 1);
            return;
        }
        long fx = (long) Math.floor(cx * SUB + 0.5);
        long fy = (long) Math.floor(cy * SUB + 0.5);
        int ix = (int) Math.floorDiv(fx, SUB);
        int iy = (int) Math.floorDiv(fy, SUB);
        int subX = (int) (fx - (long) ix * SUB);
        int subY = (int) (fy - (long) iy * SUB);
        int[] mask = mask(rq, subX, subY);
        int reach = reach(rq);
        int size = 2 * reach + 1;
        int x0 = ix - reach;
        int y0 = iy - reach;
        int[] px = fb.pixels();
        int color = rgb | 0xFF000000;
        for (int my = Math.max(0, -y0); my < size && y0 + my < h; my++) {
            int row = (y0 + my) * w + x0;
            int mrow = my * size;
            for (int mx = Math.max(0, -x0); mx < size && x0 + mx < w; mx++) {
                int a = mask[mrow + mx];
                if (a >= 256) {
                    px[row + mx] = color;
                } else if (a > 0) {
                    p.blend(row + mx, rgb, a);
                }
            }
        }
    }

    private static int reach(int rq) {
        return (int) Math.ceil(rq / (double) SUB + 0.5) + 1;
    }

    private int[] mask(int rq, int subX, int subY) {
        int[][] byOffset = masks[rq];
        if (byOffset == null) {
            byOffset = new int[SUB * SUB][];
            masks[rq] = byOffset;
        }
        int k = subY * SUB + subX;
        if (byOffset[k] == null) {
            byOffset[k] = build(rq / (double) SUB, subX / (double) SUB, subY / (double) SUB, reach(rq));
        }
        return byOffset[k];
    }

    /** The coverage of {@link Painter#disc} for a centre at (offX, offY) within the centre pixel. */
    private static int[] build(double r, double offX, double offY, int reach) {
        int size = 2 * reach + 1;
        int[] m = new int[size * size];
        double edge = r + 0.5;
        double inner2 = r > 0.5 ? (r - 0.5) * (r - 0.5) : -1;
        for (int my = 0; my < size; my++) {
            double dy = my - reach + 0.5 - offY;
            for (int mx = 0; mx < size; mx++) {
                double dx = mx - reach + 0.5 - offX;
                double d2 = dx * dx + dy * dy;
                if (d2 >= edge * edge) {
                    continue;
                }
                m[my * size + mx] = d2 <= inner2 ? 256 : (int) Math.round(Math.min(1, edge - Math.sqrt(d2)) * 256);
            }
        }
        return m;
    }
}
