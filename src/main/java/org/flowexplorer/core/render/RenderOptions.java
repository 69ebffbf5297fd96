package org.flowexplorer.core.render;

/**
 * What the rasterizer draws and how; an immutable value (a GUI toggle makes a new one with a
 * {@code withX} method).
 *
 * @param colorMode      how particles are coloured
 * @param pointRadius    particle disc radius in pixels (0.5–50), before 3D depth scaling
 * @param showTargets    draw the targets as a faint grey density
 * @param showParticles  draw the particles
 * @param arrows         draw velocity arrows on a subsample of the particles
 * @param arrowScale     arrow length multiplier (1 = a typical arrow is about 24 px long)
 * @param trails         draw each particle's recent path from {@link FrameInput#trails()}
 * @param darkBackground dark background (light otherwise)
 * @param hud            draw the text lines of {@link FrameInput#hud()} in the top-left corner
 */
public record RenderOptions(ColorMode colorMode, double pointRadius, boolean showTargets, boolean showParticles,
                            boolean arrows, double arrowScale, boolean trails, boolean darkBackground, boolean hud) {
    public RenderOptions {
        if (colorMode == null) {
            throw new IllegalArgumentException("colorMode: missing");
        }
        if (!(pointRadius >= 0.5 && pointRadius <= 50)) {
            throw new IllegalArgumentException("pointRadius: must be between 0.5 and 50 pixels, got " + pointRadius);
        }
        if (!(arrowScale > 0) || !Double.isFinite(arrowScale)) {
            throw new IllegalArgumentException("arrowScale: must be positive, got " + arrowScale);
        }
    }

    /** Uniform colour, 2.5 px discs, targets and particles on a light background, no overlays. */
    public static RenderOptions defaults() {
        return new RenderOptions(ColorMode.UNIFORM, 2.5, true, true, false, 1.0, false, false, false);
    }

    public RenderOptions withColorMode(ColorMode m) {
        return new RenderOptions(m, pointRadius, showTargets, showParticles, arrows, arrowScale, trails, darkBackground, hud);
    }

    public RenderOptions withPointRadius(double r) {
        return new RenderOptions(colorMode, r, showTargets, showParticles, arrows, arrowScale, trails, darkBackground, hud);
    }

    public RenderOptions withShowTargets(boolean b) {
        return new RenderOptions(colorMode, pointRadius, b, showParticles, arrows, arrowScale, trails, darkBackground, hud);
    }

    public RenderOptions withShowParticles(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, b, arrows, arrowScale, trails, darkBackground, hud);
    }

    public RenderOptions withArrows(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, b, arrowScale, trails, darkBackground, hud);
    }

    public RenderOptions withTrails(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, arrows, arrowScale, b, darkBackground, hud);
    }

    public RenderOptions withDarkBackground(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, arrows, arrowScale, trails, b, hud);
    }

    public RenderOptions withHud(boolean b) {
        return new RenderOptions(colorMode, pointRadius, showTargets, showParticles, arrows, arrowScale, trails, darkBackground, b);
    }
}
