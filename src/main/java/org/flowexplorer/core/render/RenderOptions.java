package org.flowexplorer.core.render;

import org.flowexplorer.core.render.paint.Palette;

/**
 * What the rasterizer draws and how; an immutable value (a GUI toggle makes a new one with a
 * {@code withX} method). The look a user chooses in the window's VIEW panel is one of these, saved
 * with the run's configuration, so exports and {@code run --frames} draw what the window drew.
 *
 * @param colorMode      how particles are coloured
 * @param pointRadius    particle disc radius in pixels (0.5–50), before 3D depth scaling
 * @param showTargets    draw the targets as a grey density
 * @param showParticles  draw the particles
 * @param arrows         draw velocity arrows on a subsample of the particles
 * @param trails         draw each particle's recent path from {@link FrameInput#trails()}
 * @param trailSteps     how many past steps the trails span (1–{@value #MAX_TRAIL_STEPS}); the
 *                       caller supplies that many past positions in {@link FrameInput#trails()}
 * @param darkBackground dark background (light otherwise)
 * @param hud            draw the text lines of {@link FrameInput#hud()} in the emptiest corner
 * @param particleColor  ARGB colour of {@link ColorMode#UNIFORM} particles, or 0 for the theme's
 *                       own ({@link Palette#uniform}); compare mode gives each pane its colour
 */
public record RenderOptions(ColorMode colorMode, double pointRadius, boolean showTargets, boolean showParticles,
                            boolean arrows, boolean trails, int trailSteps, boolean darkBackground, boolean hud,
                            int particleColor) {
    /** Smallest and largest particle radius in pixels. */
    public static final double MIN_RADIUS = 0.5;
    public static final double MAX_RADIUS = 50;
    /** Longest trail, in steps. */
    public static final int MAX_TRAIL_STEPS = 500;

    public RenderOptions {
        if (colorMode == null) {
            throw new IllegalArgumentException("color_by: missing");
        }
        if (!(pointRadius >= MIN_RADIUS && pointRadius <= MAX_RADIUS)) {
            throw new IllegalArgumentException("point_size: must be between " + MIN_RADIUS + " and " + MAX_RADIUS
                    + " pixels, got " + pointRadius);
        }
        if (trailSteps < 1 || trailSteps > MAX_TRAIL_STEPS) {
            throw new IllegalArgumentException("trail_steps: must be between 1 and " + MAX_TRAIL_STEPS + ", got "
                    + trailSteps);
        }
    }

    /**
     * The window's first look: uniform colour, 1.5 px discs, targets and particles on a light
     * background, no arrows, trails (off) of 12 steps, no HUD.
     */
    public static RenderOptions defaults() {
        return new RenderOptions(ColorMode.UNIFORM, 1.5, true, true, false, false, 12, false, false, 0);
    }

    public RenderOptions withColorMode(ColorMode m) {
        return new RenderOptions(m, pointRadius, showTargets, showParticles, arrows, trails, trailSteps, darkBackground,
                hud, particleColor);
    }

    public RenderOptions withPointRadius(double r) {
        return new RenderOptions(colorMode, r, showTargets, showParticles, arrows, trails, trailSteps, darkBackground,
                hud, particleColor);
    }

    public RenderOptions withShowTargets(boolean b) {
        return new RenderOptions(colorMode, pointRadius, b, showParticles, arrows, trails, trailSteps, darkBackground,
                hud, particleColor);
    }

    public RenderOptions withShowParticles(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, b, arrows, trails, trailSteps, darkBackground,
                hud, particleColor);
    }

    public RenderOptions withArrows(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, b, trails, trailSteps,
                darkBackground, hud, particleColor);
    }

    public RenderOptions withTrails(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, arrows, b, trailSteps,
                darkBackground, hud, particleColor);
    }

    public RenderOptions withTrailSteps(int k) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, arrows, trails, k, darkBackground,
                hud, particleColor);
    }

    public RenderOptions withDarkBackground(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, arrows, trails, trailSteps, b, hud,
                particleColor);
    }

    public RenderOptions withHud(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, arrows, trails, trailSteps,
                darkBackground, b, particleColor);
    }

    /** These options with uniform particles in {@code argb} (0: the theme's own colour). */
    public RenderOptions withParticleColor(int argb) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, arrows, trails, trailSteps,
                darkBackground, hud, argb);
    }

    /** The colour of {@link ColorMode#UNIFORM} particles on this background. */
    public int uniformColor() {
        return particleColor != 0 ? particleColor | 0xFF000000 : Palette.uniform(darkBackground);
    }
}
