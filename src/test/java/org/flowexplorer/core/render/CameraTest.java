package org.flowexplorer.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;

/** The camera: fitting, panning, zooming about an anchor and orbiting. */
class ViewTest {
    private static final int W = 640;
    private static final int H = 480;

    @Test
    void dataPointMapsToTheExpectedPixel() {
        Camera v = new Camera(1, -2, 20, 0, 0);
        double[] p = v.toScreen(3, 1, W, H);
        assertEquals(W / 2.0 + 2 * 20, p[0], 1e-12);
        assertEquals(H / 2.0 - 3 * 20, p[1], 1e-12);
        double[] back = v.toData(p[0], p[1], W, H);
        assertEquals(3, back[0], 1e-12);
        assertEquals(1, back[1], 1e-12);
    }

    @Test
    void fitContains2dPointsWithTheMargin() {
        PointSet pts = PointSet.ofRows(new double[][] {{-3, 7}, {12, -1}, {4, 2}, {0, 30}});
        Camera v = Camera.fit(pts, W, H);
        double m = Camera.MARGIN * Math.min(W, H) - 1e-9;
        for (int i = 0; i < pts.size(); i++) {
            double[] s = v.toScreen(pts.get(i, 0), pts.get(i, 1), W, H);
            assertTrue(s[0] >= m && s[0] <= W - m && s[1] >= m && s[1] <= H - m, "point " + i + " at " + s[0] + "," + s[1]);
        }
    }

    @Test
    void fitContains3dPointsAtEveryOrbit() {
        PointSet pts = Frames.random(500, 3, 4, 1).subset(java.util.stream.IntStream.range(0, 500).toArray());
        Camera v = Camera.fit(pts, W, H);
        for (double yaw = -3; yaw <= 3; yaw += 0.7) {
            for (double pitch = -1.5; pitch <= 1.5; pitch += 0.5) {
                Camera o = v.orbited(yaw, pitch);
                for (int i = 0; i < pts.size(); i++) {
                    double[] s = o.toScreen(pts.get(i, 0), pts.get(i, 1), pts.get(i, 2), W, H);
                    assertTrue(s[0] >= 0 && s[0] <= W && s[1] >= 0 && s[1] <= H, "point " + i);
                }
            }
        }
    }

    @Test
    void fitOfUnionCoversBothSetsAndDegenerateSetsGiveAValidView() {
        Camera v = Camera.fitAll(W, H, PointSet.ofRows(new double[][] {{0, 0}}), PointSet.ofRows(new double[][] {{10, 10}}));
        assertEquals(5, v.cx(), 1e-12);
        assertEquals(5, v.cy(), 1e-12);
        assertTrue(Camera.fit(PointSet.wrap(2, new double[0]), W, H).scale() > 0);
        assertTrue(Camera.fit(PointSet.ofRows(new double[][] {{3, 3}}), W, H).scale() > 0);
        assertTrue(Camera.fit(PointSet.ofRows(new double[][] {{Double.NaN, 1}, {1, 2}, {1, 2}}), W, H).scale() > 0);
    }

    @Test
    void zoomKeepsTheAnchorFixed() {
        Camera v = new Camera(0.3, -1.2, 37, 0, 0);
        double[] before = v.toData(100, 400, W, H);
        Camera z = v.zoomed(2.5, 100, 400, W, H);
        double[] after = z.toData(100, 400, W, H);
        assertEquals(37 * 2.5, z.scale(), 1e-9);
        assertEquals(before[0], after[0], 1e-12);
        assertEquals(before[1], after[1], 1e-12);
    }

    @Test
    void zoomKeepsTheAnchorFixedIn3d() {
        Camera v = new Camera(0.3, -1.2, 37, 0.8, -0.4, 2.0);
        double[] before = v.toData3(500, 60, W, H);
        Camera z = v.zoomed(0.4, 500, 60, W, H);
        double[] s = z.toScreen(before[0], before[1], before[2], W, H);
        assertEquals(500, s[0], 1e-9);
        assertEquals(60, s[1], 1e-9);
    }

    @Test
    void panMovesThePictureWithTheMouse() {
        Camera v = new Camera(2, 3, 10, 0, 0);
        double[] s0 = v.toScreen(5, 5, W, H);
        double[] s1 = v.panned(15, -8).toScreen(5, 5, W, H);
        assertEquals(s0[0] + 15, s1[0], 1e-9);
        assertEquals(s0[1] - 8, s1[1], 1e-9);
    }

    @Test
    void orbitFollowsTheRotationFormula() {
        double yaw = 0.7;
        double pitch = -0.3;
        Camera v = new Camera(0, 0, 50, 0, 0, 0).orbited(yaw, pitch);
        double x = 1.5;
        double y = -0.5;
        double z = 2.0;
        double x1 = Math.cos(yaw) * x + Math.sin(yaw) * z;
        double z1 = -Math.sin(yaw) * x + Math.cos(yaw) * z;
        double y2 = Math.cos(pitch) * y - Math.sin(pitch) * z1;
        double z2 = Math.sin(pitch) * y + Math.cos(pitch) * z1;
        double[] s = v.toScreen(x, y, z, W, H);
        assertEquals(W / 2.0 + 50 * x1, s[0], 1e-9);
        assertEquals(H / 2.0 - 50 * y2, s[1], 1e-9);
        assertEquals(z2, s[2], 1e-12);
        // a quarter turn of yaw takes the x axis to the far side of the screen centre
        double[] q = new Camera(0, 0, 50, Math.PI / 2, 0, 0).toScreen(1, 0, 0, W, H);
        assertEquals(W / 2.0, q[0], 1e-9);
        assertEquals(-1, q[2], 1e-12);
    }

    @Test
    void obliqueKeepsCentreAndScale() {
        Camera v = new Camera(1, 2, 30, 0, 0, 3).oblique();
        assertEquals(Camera.OBLIQUE_YAW, v.yaw());
        assertEquals(Camera.OBLIQUE_PITCH, v.pitch());
        assertEquals(new Camera(1, 2, 30, Camera.OBLIQUE_YAW, Camera.OBLIQUE_PITCH, 3), v);
    }

    @Test
    void pitchIsClampedAndYawWraps() {
        Camera v = new Camera(0, 0, 1, 0, 0).orbited(7, 5);
        assertEquals(Math.PI / 2, v.pitch(), 1e-15);
        assertTrue(Math.abs(v.yaw()) <= Math.PI);
    }
}
