package org.flowexplorer.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Palette;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** Whole frames: placement, colours, determinism, opacity, HUD and robustness. */
class RasterizerTest {
    private static final PointSet ONE_TARGET = PointSet.ofRows(new double[][] {{100, 100}});

    @Test
    void particleLandsOnTheExpectedPixel() {
        Snapshot s = Frames.snapshot(PointSet.ofRows(new double[][] {{1, 2}}), ONE_TARGET);
        FrameBuffer fb = new FrameBuffer(100, 100);
        RenderOptions o = RenderOptions.defaults().withShowTargets(false);
        new Rasterizer().render(FrameInput.of(s), new Camera(0, 0, 10, 0, 0), o, fb);
        int bg = Palette.background(false);
        int particle = Palette.uniform(false);
        // (1, 2) → (50 + 10, 50 − 20): the disc covers the pixels around (60, 30) fully
        assertEquals(particle, fb.get(60, 30));
        assertEquals(particle, fb.get(59, 29));
        assertEquals(bg, fb.get(56, 30));
        assertEquals(bg, fb.get(50, 50));
        // the centroid of the painted pixels is the projected point
        double sx = 0;
        double sy = 0;
        int count = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                if (fb.get(x, y) != bg) {
                    sx += x + 0.5;
                    sy += y + 0.5;
                    count++;
                }
            }
        }
        assertEquals(60, sx / count, 1e-9);
        assertEquals(30, sy / count, 1e-9);
    }

    @Test
    void nearestModeColoursAParticleWithItsModesColour() {
        PointSet means = PointSet.ofRows(new double[][] {{0, 0}, {10, 0}, {0, 10}, {10, 10}});
        PointSet particles = PointSet.ofRows(new double[][] {{10.2, -0.1}, {0.3, 9.6}, {9.9, 10.4}, {-0.2, 0.1}});
        Snapshot s = Frames.snapshot(particles, null, means, new Mixture(means, 0.5));
        Camera v = new Camera(5, 5, 20, 0, 0);
        FrameBuffer fb = new FrameBuffer(400, 400);
        new Rasterizer().render(FrameInput.of(s), v, RenderOptions.defaults().withShowTargets(false)
                .withColorMode(ColorMode.NEAREST_MODE).withPointRadius(3), fb);
        int[] expectedMode = {1, 2, 3, 0};
        for (int i = 0; i < particles.size(); i++) {
            double[] p = v.toScreen(particles.get(i, 0), particles.get(i, 1), 400, 400);
            assertEquals(Palette.categorical(expectedMode[i]), fb.get((int) p[0], (int) p[1]), "particle " + i);
        }
    }

    @Test
    void particleIndexAndSpeedUseViridis() {
        PointSet particles = PointSet.ofRows(new double[][] {{-1, 0}, {1, 0}});
        PointSet vel = PointSet.ofRows(new double[][] {{0, 0}, {3, 4}});
        Snapshot s = Frames.snapshot(particles, vel, ONE_TARGET, null);
        Camera v = new Camera(0, 0, 40, 0, 0);
        FrameBuffer fb = new FrameBuffer(200, 200);
        RenderOptions o = RenderOptions.defaults().withShowTargets(false).withPointRadius(4);
        new Rasterizer().render(FrameInput.of(s), v, o.withColorMode(ColorMode.ORIGIN), fb);
        assertEquals(Palette.viridis(0), fb.get(60, 100));
        assertEquals(Palette.viridis(1), fb.get(140, 100));
        new Rasterizer().render(FrameInput.of(s), v, o.withColorMode(ColorMode.SPEED), fb);
        assertEquals(Palette.viridis(0), fb.get(60, 100));
        assertEquals(Palette.viridis(1), fb.get(140, 100));
    }

    @Test
    void identicalInputsGiveIdenticalPixels() throws Exception {
        Snapshot s = busy3d();
        List<PointSet> trails = trails(s.positions());
        FrameInput in = FrameInput.of(s).withTrails(trails).withHud(List.of("SD flow", "step 7  σ 0.5"));
        RenderOptions o = allOn().withColorMode(ColorMode.SPEED);
        Camera v = Camera.fit(s.targets().points(), 320, 240).orbited(0.6, 0.3);
        FrameBuffer a = new FrameBuffer(320, 240);
        FrameBuffer b = new FrameBuffer(320, 240);
        Rasterizer shared = new Rasterizer();
        shared.render(in, v, o, a);
        new Rasterizer().render(in, v.orbited(1, 0), o, b); // dirty the scratch of a fresh rasterizer
        new Rasterizer().render(in, v, o, b);
        assertEquals(sha256(a.pixels()), sha256(b.pixels()));
        shared.render(in, v, o, b); // reused scratch buffers must not leak between frames
        assertArrayEquals(a.pixels(), b.pixels());
        assertNotEquals(sha256(a.pixels()), sha256(new FrameBuffer(320, 240).pixels()));
    }

    @Test
    void everyPixelIsOpaqueWithEveryLayerOn() {
        for (boolean dark : new boolean[] {false, true}) {
            Snapshot s = busy3d();
            FrameBuffer fb = new FrameBuffer(300, 200);
            new Rasterizer().render(FrameInput.of(s).withTrails(trails(s.positions())).withHud(List.of("HUD 1", "x")),
                    Camera.fit(s.positions(), 300, 200).orbited(0.3, 0.2), allOn().withDarkBackground(dark), fb);
            for (int p : fb.pixels()) {
                assertEquals(0xFF, p >>> 24);
            }
        }
    }

    @Test
    void hudIsABandOfTextAcrossTheTopAndTheFirstLookKeepsTheDataBelowIt() {
        PointSet pts = Frames.random(400, 2, 3, 11);
        Snapshot s = Frames.snapshot(pts, pts);
        int w = 400;
        int h = 300;
        int band = HudLayer.bandHeight(2, w, h);
        assertTrue(band >= 2 * 11 && band < h / 4, "band " + band);
        Camera cam = Camera.firstLook(s, w, h, band);
        FrameBuffer fb = new FrameBuffer(w, h);
        List<String> lines = List.of("SVGD · step 12 / 100", "σ 0.31 · η 0.5 · modes 3 / 25");
        new Rasterizer().render(FrameInput.of(s).withHud(lines), cam, RenderOptions.defaults().withHud(true), fb);
        int bg = Palette.background(false);
        int dark = 0;
        for (int y = 0; y < band; y++) {
            for (int x = 0; x < w; x++) {
                int p = fb.get(x, y);
                if ((p & 0xFF) < 80 && ((p >> 8) & 0xFF) < 80) {
                    dark++; // text (the particles are vermillion, never dark in blue and green)
                }
            }
        }
        assertTrue(dark > 150, "text pixels in the band: " + dark);
        int particleRows = 0;
        int uniform = Palette.uniform(false);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (fb.get(x, y) == uniform) {
                    assertTrue(y >= band, "a particle pixel at y = " + y + " under the HUD band of " + band);
                    particleRows++;
                }
            }
        }
        assertTrue(particleRows > 100, "particles drawn: " + particleRows);
        FrameBuffer off = new FrameBuffer(w, h);
        new Rasterizer().render(FrameInput.of(s).withHud(lines), cam, RenderOptions.defaults().withShowTargets(false), off);
        assertEquals(bg, off.get(w / 2, 5), "no HUD when the option is off");
    }

    @Test
    void emptyFarAwayAndNonFiniteInputDoNotThrow() {
        PointSet empty = PointSet.wrap(2, new double[0]);
        PointSet far = PointSet.ofRows(new double[][] {{1e300, -1e300}, {Double.NaN, 0}, {Double.POSITIVE_INFINITY, 1},
            {5e9, 5e9}});
        PointSet farVel = PointSet.ofRows(new double[][] {{1e308, 1e308}, {Double.NaN, 1}, {0, 0}, {1, 1}});
        Camera v = new Camera(0, 0, 10, 0, 0);
        RenderOptions o = allOn();
        FrameBuffer fb = new FrameBuffer(64, 48);
        Rasterizer r = new Rasterizer();
        assertDoesNotThrow(() -> r.render(FrameInput.of(Frames.snapshot(empty, ONE_TARGET)), v, o, fb));
        assertDoesNotThrow(() -> r.render(FrameInput.of(Frames.snapshot(far, farVel, far, null)).withTrails(List.of(far, far))
                .withHud(List.of("\u2603 unknown glyph")), v, o, fb));
        assertDoesNotThrow(() -> r.render(FrameInput.of(Frames.snapshot(far, farVel, far, null)),
                new Camera(0, 0, 1e-9, 0, 0), o.withColorMode(ColorMode.SPEED), fb));
        assertDoesNotThrow(() -> r.render(FrameInput.of(Frames.snapshot(Frames.random(5, 1, 1, 3), Frames.random(5, 1, 1, 4))),
                v, o, new FrameBuffer(1, 1)));
    }

    @Test
    void targetsAppearAsFaintGrey() {
        Snapshot s = Frames.snapshot(PointSet.ofRows(new double[][] {{100, 100}}), PointSet.ofRows(new double[][] {{0, 0}}));
        FrameBuffer fb = new FrameBuffer(50, 50);
        new Rasterizer().render(FrameInput.of(s), new Camera(0, 0, 1, 0, 0), RenderOptions.defaults(), fb);
        int p = fb.get(25, 25);
        assertNotEquals(Palette.background(false), p);
        int r = (p >> 16) & 255;
        assertEquals(r, (p >> 8) & 255);
        assertEquals(r, p & 255);
        assertTrue(r > 128, "faint: " + r);
    }

    @Test
    void nearParticlesAreDrawnLargerThanFarOnesIn3d() {
        PointSet pts = PointSet.ofRows(new double[][] {{-2, 0, 3}, {2, 0, -3}});
        Snapshot s = Frames.snapshot(pts, pts);
        FrameBuffer fb = new FrameBuffer(200, 200);
        new Rasterizer().render(FrameInput.of(s), new Camera(0, 0, 20, 0, 0, 0),
                RenderOptions.defaults().withShowTargets(false).withPointRadius(6), fb);
        int bg = Palette.background(false);
        int near = 0;
        int far = 0;
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                if (fb.get(x, y) != bg) {
                    if (x < 100) {
                        near++;
                    } else {
                        far++;
                    }
                }
            }
        }
        assertTrue(near > far, near + " vs " + far);
    }

    private static RenderOptions allOn() {
        return RenderOptions.defaults().withArrows(true).withTrails(true).withHud(true);
    }

    private static Snapshot busy3d() {
        PointSet p = Frames.random(2000, 3, 2, 11);
        PointSet v = Frames.random(2000, 3, 1, 12);
        PointSet t = Frames.random(3000, 3, 2.5, 13);
        return Frames.snapshot(p, v, t, null);
    }

    private static List<PointSet> trails(PointSet now) {
        List<PointSet> out = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            double[] c = now.copyCoords();
            for (int i = 0; i < c.length; i++) {
                c[i] *= 1 + 0.05 * k;
            }
            out.add(0, PointSet.wrap(now.dim(), c));
        }
        return out;
    }

    static String sha256(int[] pixels) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(pixels.length * 4);
        b.asIntBuffer().put(pixels);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
    }
}
