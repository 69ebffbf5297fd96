package org.flowexplorer.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Palette;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** The curl heat map: red for positive, blue for negative, background (white) at zero. */
class FieldLayerTest {
    private static final PointSet FAR = PointSet.ofRows(new double[][] {{100, 100}});

    private static FrameBuffer render(CurlGrid g, boolean dark) {
        Snapshot s = Frames.snapshot(FAR, FAR);
        FrameBuffer fb = new FrameBuffer(300, 200);
        RenderOptions o = RenderOptions.defaults().withShowTargets(false).withDarkBackground(dark);
        // pixel centre px + 0.5 is at x = (px − 150)/100, so pixels 50, 150, 250 sit on the grid points x = −1, 0, 1
        new Rasterizer().render(FrameInput.of(s).withCurl(g), new Camera(-0.005, 0.5, 100, 0, 0), o, fb);
        return fb;
    }

    private static int red(int argb) {
        return (argb >> 16) & 255;
    }

    private static int blue(int argb) {
        return argb & 255;
    }

    @Test
    void positiveIsRedNegativeIsBlueZeroIsWhite() {
        CurlGrid g = new CurlGrid(-1, 1, 0, 0.5, 3, 2, new double[] {2, 0, -2, 2, 0, -2}, 2);
        FrameBuffer fb = render(g, false);
        int positive = fb.get(50, 100);   // x = −1
        int zero = fb.get(150, 100);      // x = 0
        int negative = fb.get(250, 100);  // x = 1
        assertTrue(red(positive) > blue(positive) + 60, Integer.toHexString(positive));
        assertTrue(blue(negative) > red(negative) + 60, Integer.toHexString(negative));
        assertEquals(0xFFFFFFFF, zero, Integer.toHexString(zero));
        // outside the grid (more than half a cell beyond y = 0.5) the background is untouched
        assertEquals(0xFFFFFFFF, fb.get(50, 5));
    }

    @Test
    void zeroKeepsTheDarkBackground() {
        CurlGrid g = new CurlGrid(-1, 1, 0, 1, 3, 2, new double[] {1, 0, -1, 1, 0, -1}, 1);
        FrameBuffer fb = render(g, true);
        int positive = fb.get(50, 100);
        int negative = fb.get(250, 100);
        assertEquals(Palette.background(true), fb.get(150, 100));
        assertTrue(red(positive) > blue(positive) + 60, Integer.toHexString(positive));
        assertTrue(blue(negative) > red(negative) + 60, Integer.toHexString(negative));
    }

    @Test
    void noGridOr3dDrawsNothing() {
        FrameBuffer fb = render(null, false);
        assertEquals(0xFFFFFFFF, fb.get(50, 100));
        assertThrows(IllegalArgumentException.class, () -> new CurlGrid(0, 1, 0, 1, 2, 2, new double[3], 1));
    }
}
