package org.flowexplorer.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.render.paint.Palette;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * What makes a frame readable: targets that stay visible around converged particles in both themes,
 * particles in a chosen colour, a 3D axis triad, and a 3D first look centred on the shape.
 */
class LegibilityTest {
    /** WCAG relative luminance of an sRGB colour. */
    private static double luminance(int rgb) {
        double[] c = {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
        double l = 0;
        double[] w = {0.2126, 0.7152, 0.0722};
        for (int k = 0; k < 3; k++) {
            double v = c[k] / 255;
            v = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            l += w[k] * v;
        }
        return l;
    }

    private static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * Particles sitting exactly on their targets (a converged run): in both themes a good share of
     * the target cloud's pixels still shows around the particle discs, and the densest target
     * pixels have at least 3:1 contrast with the background. Before the targets were spread wider
     * than a particle they were hidden under it (checked against the old TargetLayer: 0 % showed).
     */
    @Test
    void targetsStayVisibleAroundConvergedParticlesInBothThemes() {
        PointSet targets = clusters();
        Snapshot s = Frames.snapshot(targets, targets);
        for (boolean dark : new boolean[] {false, true}) {
            RenderOptions o = RenderOptions.defaults().withDarkBackground(dark);
            Camera cam = Camera.fitAll(400, 400, targets);
            FrameBuffer withParticles = new FrameBuffer(400, 400);
            new Rasterizer().render(FrameInput.of(s), cam, o, withParticles);
            FrameBuffer onlyTargets = new FrameBuffer(400, 400);
            new Rasterizer().render(FrameInput.of(s), cam, o.withShowParticles(false), onlyTargets);
            int bg = Palette.background(dark);
            int particle = o.uniformColor();
            int tinted = 0;
            int showing = 0;
            double best = 1;
            for (int i = 0; i < onlyTargets.pixels().length; i++) {
                int t = onlyTargets.pixels()[i];
                if (t == bg) {
                    continue;
                }
                tinted++;
                best = Math.max(best, contrast(t, bg));
                int p = withParticles.pixels()[i];
                if (p == t && contrast(p, bg) >= 1.5) {
                    showing++; // a target pixel untouched by any particle, visibly grey
                }
            }
            assertNotEquals(0, tinted);
            double share = showing / (double) tinted;
            assertTrue(share > 0.3, (dark ? "dark" : "light") + ": target pixels showing around the particles: " + share);
            assertTrue(best >= 3, (dark ? "dark" : "light") + ": densest target contrast " + best);
            assertTrue(contrast(particle, bg) >= 3, "particle contrast");
        }
    }

    /** 25 clusters of 40 points (standard deviation 0.12) on a grid of spacing 2, like the 25 Gaussians. */
    private static PointSet clusters() {
        java.util.Random r = new java.util.Random(5);
        double[] c = new double[25 * 40 * 2];
        int k = 0;
        for (int m = 0; m < 25; m++) {
            for (int i = 0; i < 40; i++) {
                c[k++] = 2 * (m % 5) - 4 + 0.12 * r.nextGaussian();
                c[k++] = 2 * (m / 5) - 4 + 0.12 * r.nextGaussian();
            }
        }
        return PointSet.wrap(2, c);
    }

    @Test
    void uniformParticlesTakeTheChosenColour() {
        Snapshot s = Frames.snapshot(PointSet.ofRows(new double[][] {{0, 0}}), PointSet.ofRows(new double[][] {{9, 9}}));
        FrameBuffer fb = new FrameBuffer(40, 40);
        int blue = 0xFF0072B2;
        new Rasterizer().render(FrameInput.of(s), new Camera(0, 0, 10, 0, 0),
                RenderOptions.defaults().withShowTargets(false).withParticleColor(blue), fb);
        assertEquals(blue, fb.get(20, 20));
        new Rasterizer().render(FrameInput.of(s), new Camera(0, 0, 10, 0, 0), RenderOptions.defaults().withShowTargets(false), fb);
        assertEquals(Palette.uniform(false), fb.get(20, 20));
    }

    /** 3D frames carry an axis triad in the bottom-left corner that turns with the camera; 2D frames none. */
    @Test
    void threeDFramesShowAnAxisTriadThatTurnsWithTheCamera() {
        PointSet cloud = Frames.random(50, 3, 1, 7);
        Snapshot s = Frames.snapshot(cloud, cloud);
        RenderOptions o = RenderOptions.defaults().withShowTargets(false).withShowParticles(false);
        Camera front = new Camera(0, 0, 50, 0, 0, 0);
        FrameBuffer a = new FrameBuffer(320, 320);
        new Rasterizer().render(FrameInput.of(s), front, o, a);
        FrameBuffer b = new FrameBuffer(320, 320);
        new Rasterizer().render(FrameInput.of(s), front.orbited(1.0, 0.5), o, b);
        double arm = AxisTriadLayer.armLength(320, 320);
        int bg = Palette.background(false);
        int inCorner = 0;
        int differ = 0;
        int elsewhere = 0;
        for (int y = 0; y < 320; y++) {
            for (int x = 0; x < 320; x++) {
                boolean corner = x < 3 * arm && y > 320 - 3 * arm;
                if (corner && a.get(x, y) != bg) {
                    inCorner++;
                }
                if (corner && a.get(x, y) != b.get(x, y)) {
                    differ++;
                }
                if (!corner && a.get(x, y) != bg) {
                    elsewhere++;
                }
            }
        }
        assertTrue(inCorner > 30, "triad pixels " + inCorner);
        assertTrue(differ > 10, "the triad turns with the camera: " + differ);
        assertEquals(0, elsewhere, "nothing else is drawn");
        PointSet flat = Frames.random(50, 2, 1, 7);
        FrameBuffer c = new FrameBuffer(320, 320);
        new Rasterizer().render(FrameInput.of(Frames.snapshot(flat, flat)), front, o, c);
        for (int p : c.pixels()) {
            assertEquals(bg, p, "2D frames have no triad");
        }
    }

    /**
     * The 3D first look is centred on the targets' shape and shows it large even when the particles
     * start far away (mystery3d started small and off-centre: the fit spanned targets and start).
     */
    @Test
    void theThreeDFirstLookIsCentredOnTheShape() {
        PointSet shape = Frames.random(400, 3, 1, 3);
        double[] far = Frames.random(400, 3, 1, 4).coords().clone();
        for (int i = 0; i < far.length; i += 3) {
            far[i] += 6; // particles start six radii away
        }
        Snapshot s = Frames.snapshot(PointSet.wrap(3, far), shape);
        Camera c = Camera.firstLook(s, 600, 600, 0);
        Camera shapeOnly = Camera.firstLook(Frames.snapshot(shape, shape), 600, 600, 0);
        assertEquals(shapeOnly.cx(), c.cx(), 1e-12);
        assertEquals(shapeOnly.cy(), c.cy(), 1e-12);
        assertEquals(shapeOnly.cz(), c.cz(), 1e-12);
        assertEquals(shapeOnly.scale() / Camera.FIRST_LOOK_3D_ROOM, c.scale(), 1e-9 * c.scale());
        Camera both = Camera.fitAll(600, 600, shape, PointSet.wrap(3, far));
        assertTrue(c.scale() > 1.4 * both.scale(), "shape larger than in a fit of shape and start");
        assertEquals(Camera.OBLIQUE_PITCH, c.pitch(), 0);
    }

    @Test
    void nearestModeStillColoursByMode() {
        PointSet means = PointSet.ofRows(new double[][] {{0, 0}, {10, 0}});
        Snapshot s = Frames.snapshot(PointSet.ofRows(new double[][] {{10, 0}}), null, means, new Mixture(means, 0.5));
        FrameBuffer fb = new FrameBuffer(100, 100);
        new Rasterizer().render(FrameInput.of(s), new Camera(10, 0, 10, 0, 0),
                RenderOptions.defaults().withShowTargets(false).withColorMode(ColorMode.NEAREST_MODE).withParticleColor(0xFF0000FF), fb);
        assertEquals(Palette.categorical(1), fb.get(50, 50), "a pane colour only replaces the uniform colour");
    }
}
