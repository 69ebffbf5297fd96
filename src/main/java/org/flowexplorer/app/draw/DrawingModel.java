package org.flowexplorer.app.draw;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The points of a target set being drawn by hand, in data coordinates (2D). A brush sprays points
 * uniformly over a disc, drawn from a seeded generator so that the same strokes give the same
 * points; an eraser removes every point inside a disc. At most {@link RunConfig#MAX_POINTS}
 * points. Free of JavaFX; single threaded.
 */
public final class DrawingModel {
    private final long seed;
    private SplittableRandom random;
    private double[] xy = new double[256];
    private int size;

    /** @param seed seed of the spray positions */
    public DrawingModel(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /**
     * Adds up to {@code count} points uniform in the disc of radius {@code radius} about (x, y)
     * (fewer when the limit is reached). Returns the number added.
     */
    public int spray(double x, double y, double radius, int count) {
        int added = 0;
        for (int k = 0; k < count && size < RunConfig.MAX_POINTS; k++) {
            double r = radius * Math.sqrt(random.nextDouble());
            double a = 2 * Math.PI * random.nextDouble();
            add(x + r * Math.cos(a), y + r * Math.sin(a));
            added++;
        }
        return added;
    }

    /** Removes every point within {@code radius} of (x, y); returns the number removed. */
    public int erase(double x, double y, double radius) {
        double r2 = radius * radius;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            double dx = xy[2 * i] - x;
            double dy = xy[2 * i + 1] - y;
            if (dx * dx + dy * dy > r2) {
                xy[2 * kept] = xy[2 * i];
                xy[2 * kept + 1] = xy[2 * i + 1];
                kept++;
            }
        }
        int removed = size - kept;
        size = kept;
        return removed;
    }

    /** Removes every point and restarts the spray generator from the seed. */
    public void clear() {
        size = 0;
        random = new SplittableRandom(seed);
    }

    public int size() {
        return size;
    }

    /** Coordinate {@code c} (0 = x, 1 = y) of point {@code i}. */
    public double get(int i, int c) {
        return xy[2 * i + c];
    }

    /** The points drawn so far, as a 2D point set (a copy). */
    public PointSet points() {
        return PointSet.of(2, Arrays.copyOf(xy, 2 * size));
    }

    private void add(double x, double y) {
        if (2 * size + 2 > xy.length) {
            xy = Arrays.copyOf(xy, xy.length * 2);
        }
        xy[2 * size] = x;
        xy[2 * size + 1] = y;
        size++;
    }
}
