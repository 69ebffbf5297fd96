package org.flowexplorer.core.render;

import org.flowexplorer.core.render.paint.Palette;

/**
 * A scalar field sampled on a regular grid of the x–y plane, drawn by {@link FieldLayer} as a
 * heat map with the diverging palette: the curl ∂v_y/∂x − ∂v_x/∂y of a velocity field
 * (algorithms.md §6). Value {@code values[j·nx + i]} belongs to the grid point
 * <pre>
 *   x_i = xMin + (xMax − xMin)·i/(nx − 1),   y_j = yMin + (yMax − yMin)·j/(ny − 1)
 * </pre>
 * and is shown as colour {@code Palette.diverging(value / scale)}: the scale is symmetric, so 0 is
 * white, +scale full red and −scale full blue. Immutable (the values are copied in and out).
 *
 * @param xMin  x of the first column
 * @param xMax  x of the last column (&gt; xMin)
 * @param yMin  y of the first row
 * @param yMax  y of the last row (&gt; yMin)
 * @param nx    columns (≥ 2)
 * @param ny    rows (≥ 2)
 * @param values row-major values, length nx·ny
 * @param scale |value| drawn at full colour (&gt; 0)
 */
public record CurlGrid(double xMin, double xMax, double yMin, double yMax, int nx, int ny, double[] values,
                       double scale) {
    public CurlGrid {
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMin + xMax + yMin + yMax)) {
            throw new IllegalArgumentException("grid needs finite xMin < xMax and yMin < yMax");
        }
        if (nx < 2 || ny < 2 || values == null || values.length != nx * ny) {
            throw new IllegalArgumentException("grid needs nx, ny ≥ 2 and nx·ny values");
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("grid colour scale must be positive and finite, got " + scale);
        }
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value at column i, row j. */
    public double value(int i, int j) {
        return values[j * nx + i];
    }
}
