package org.flowexplorer.core.metric.field;

import org.flowexplorer.core.math.VectorField;

/**
 * The line integrals of a field around a {@link FieldCircle} ({@link FieldCalculus#circleIntegrals}).
 *
 * @param circle        the circle
 * @param circulation   ∮ v·dl, counter-clockwise
 * @param speedIntegral ∮ ‖v‖ dl
 */
public record CircleIntegral(FieldCircle circle, double circulation, double speedIntegral) {
    /**
     * The integrals of {@code field} around {@code c} with coordinates beyond the second held at
     * {@code base} (e.g. the particles' mean).
     */
    public static CircleIntegral of(VectorField field, double[] base, FieldCircle c) {
        double[] centre = base.clone();
        centre[0] = c.x();
        centre[1] = c.y();
        double[] out = new double[2];
        // σ only sets the difference step, which a circle integral does not use
        new FieldCalculus(field, c.r()).circleIntegrals(centre, 0, c.r(), out);
        return new CircleIntegral(c, out[0], out[1]);
    }

    /** |∮ v·dl| / ∮ ‖v‖ dl, or NaN where v vanishes on the circle. */
    public double normalized() {
        return speedIntegral == 0 ? Double.NaN : Math.abs(circulation) / speedIntegral;
    }
}
