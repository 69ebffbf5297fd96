package org.flowexplorer.core.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.math.PointSet;

/**
 * Writes points as CSV with a header ({@code x,y}, {@code x,y,z}, or {@code x1,...,xd} above three
 * dimensions), one point a row, every coordinate in the shortest text that parses back to the same
 * double ({@link Double#toString}), so files round-trip exactly through {@link PointCsvReader}.
 */
public final class PointCsvWriter {
    private PointCsvWriter() {
    }

    /** The column names used for points of dimension {@code dim}. */
    public static List<String> header(int dim) {
        List<String> names = new ArrayList<>(dim);
        if (dim <= 3) {
            for (int c = 0; c < dim; c++) {
                names.add(String.valueOf("xyz".charAt(c)));
            }
        } else {
            for (int c = 1; c <= dim; c++) {
                names.add("x" + c);
            }
        }
        return names;
    }

    /** Writes {@code points} to {@code out} (not closed). */
    public static void write(PointSet points, OutputStream out) throws IOException {
        ColumnCsvWriter csv = ColumnCsvWriter.onStream(out, header(points.dim()));
        double[] row = new double[points.dim()];
        double[] xs = points.coords();
        for (int i = 0; i < points.size(); i++) {
            System.arraycopy(xs, i * row.length, row, 0, row.length);
            csv.row(row);
        }
        csv.flush();
    }
}
