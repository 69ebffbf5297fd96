package org.flowexplorer.core.render;

/**
 * The orthographic projection of a {@link Camera}: a point p is moved to the view centre c, rotated
 * by the yaw (about the vertical y axis) and then the pitch (about the screen's horizontal x axis),
 * <pre>
 *   q = p − c
 *   x1 =  cos(yaw)·q_x + sin(yaw)·q_z      z1 = −sin(yaw)·q_x + cos(yaw)·q_z      y1 = q_y
 *   X  = x1      Y = cos(pitch)·y1 − sin(pitch)·z1      depth = sin(pitch)·y1 + cos(pitch)·z1
 * </pre>
 * and mapped to pixels as {@code sx = w/2 + X·scale}, {@code sy = h/2 − Y·scale}. The depth axis
 * points towards the viewer: a larger depth is nearer (drawn later, brighter and larger).
 * Uses {@link StrictMath} so that every platform computes the same pixels.
 */
public final class Projection {
    private final double cx;
    private final double cy;
    private final double cz;
    private final double scale;
    private final double cosYaw;
    private final double sinYaw;
    private final double cosPitch;
    private final double sinPitch;
    private final double halfW;
    private final double halfH;

    /** The camera of {@code view} for a {@code width} × {@code height} frame. */
    public Projection(Camera view, int width, int height) {
        this.cx = view.cx();
        this.cy = view.cy();
        this.cz = view.cz();
        this.scale = view.scale();
        this.cosYaw = StrictMath.cos(view.yaw());
        this.sinYaw = StrictMath.sin(view.yaw());
        this.cosPitch = StrictMath.cos(view.pitch());
        this.sinPitch = StrictMath.sin(view.pitch());
        this.halfW = width / 2.0;
        this.halfH = height / 2.0;
    }

    /**
     * Projects a data point; writes {sx, sy, depth} into {@code out} (depth in data units, 0 at
     * the view centre, positive towards the viewer) and returns it.
     */
    public double[] project(double x, double y, double z, double[] out) {
        double qx = x - cx;
        double qy = y - cy;
        double qz = z - cz;
        double x1 = cosYaw * qx + sinYaw * qz;
        double z1 = -sinYaw * qx + cosYaw * qz;
        double y2 = cosPitch * qy - sinPitch * z1;
        double z2 = sinPitch * qy + cosPitch * z1;
        out[0] = halfW + x1 * scale;
        out[1] = halfH - y2 * scale;
        out[2] = z2;
        return out;
    }

    /**
     * Rotates a direction (no centring, no scaling) into view axes; writes {X, Y, depth}. Used for
     * velocity arrows, whose screen vector is {@code (X·scale, −Y·scale)}.
     */
    public double[] rotate(double x, double y, double z, double[] out) {
        double x1 = cosYaw * x + sinYaw * z;
        double z1 = -sinYaw * x + cosYaw * z;
        out[0] = x1;
        out[1] = cosPitch * y - sinPitch * z1;
        out[2] = sinPitch * y + cosPitch * z1;
        return out;
    }

    /**
     * The inverse rotation: the data-space direction of the view-space vector (X, Y, depth); writes
     * {x, y, z}.
     */
    public double[] unrotate(double bigX, double bigY, double depth, double[] out) {
        // undo the pitch, then the yaw (the transpose of each rotation)
        double y1 = cosPitch * bigY + sinPitch * depth;
        double z1 = -sinPitch * bigY + cosPitch * depth;
        out[0] = cosYaw * bigX - sinYaw * z1;
        out[1] = y1;
        out[2] = sinYaw * bigX + cosYaw * z1;
        return out;
    }

    public double scale() {
        return scale;
    }
}
