package org.flowexplorer.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.SplittableRandom;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The target layer keeps its opacities between frames: every frame of a long-lived rasterizer must
 * equal the frame a fresh rasterizer draws, also after the particles, camera, radius, frame size or
 * targets change.
 */
class TargetLayerCacheTest {
    private static PointSet cloud(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] c = new double[2 * n];
        for (int i = 0; i < c.length; i++) {
            c[i] = 2 * rng.nextGaussian();
        }
        return PointSet.wrap(2, c);
    }

    private static int[] fresh(Snapshot s, Camera cam, RenderOptions o, int w, int h) {
        FrameBuffer fb = new FrameBuffer(w, h);
        new Rasterizer().render(FrameInput.of(s), cam, o, fb);
        return fb.pixels().clone();
    }

    private static int[] reused(Rasterizer r, Snapshot s, Camera cam, RenderOptions o, int w, int h) {
        FrameBuffer fb = new FrameBuffer(w, h);
        r.render(FrameInput.of(s), cam, o, fb);
        return fb.pixels().clone();
    }

    @Test
    void everyFrameOfALongLivedRasterizerEqualsAFreshOne() {
        PointSet targets = cloud(1, 3000);
        Rasterizer r = new Rasterizer();
        Camera cam = new Camera(0, 0, 40, 0, 0);
        RenderOptions o = RenderOptions.defaults();
        Snapshot first = Frames.snapshot(cloud(2, 500), targets);
        Snapshot moved = Frames.snapshot(cloud(3, 500), targets);
        int[] a = reused(r, first, cam, o, 320, 240);
        assertArrayEquals(fresh(first, cam, o, 320, 240), a);
        // same targets and camera: the kept opacities, under other particles
        assertArrayEquals(fresh(moved, cam, o, 320, 240), reused(r, moved, cam, o, 320, 240));
        // each change that moves the targets on screen recomputes them
        Camera panned = new Camera(0.5, 0, 40, 0, 0);
        int[] p = reused(r, moved, panned, o, 320, 240);
        assertArrayEquals(fresh(moved, panned, o, 320, 240), p);
        assertFalse(java.util.Arrays.equals(a, p), "panning must change the frame");
        RenderOptions big = o.withPointRadius(4);
        assertArrayEquals(fresh(moved, panned, big, 320, 240), reused(r, moved, panned, big, 320, 240));
        assertArrayEquals(fresh(moved, panned, big, 200, 300), reused(r, moved, panned, big, 200, 300));
        Snapshot other = Frames.snapshot(cloud(3, 500), cloud(4, 3000));
        assertArrayEquals(fresh(other, panned, big, 200, 300), reused(r, other, panned, big, 200, 300));
        RenderOptions dark = big.withDarkBackground(true);
        assertArrayEquals(fresh(other, panned, dark, 200, 300), reused(r, other, panned, dark, 200, 300));
    }
}
