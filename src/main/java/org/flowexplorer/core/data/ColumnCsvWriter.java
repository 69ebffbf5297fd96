package org.flowexplorer.core.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes numeric CSV with a header row. A NaN cell is written empty (the metric does not apply);
 * whole numbers below 2^53 are written without a fraction ({@code 10}, not {@code 10.0}); every
 * other value in the shortest round-trip form of {@link Double#toString}. Lines end with LF.
 */
public final class ColumnCsvWriter {
    private static final double EXACT_INTEGER_LIMIT = 9007199254740992.0; // 2^53
    private final Writer out;
    private final int columns;

    private ColumnCsvWriter(Writer out, List<String> names) throws IOException {
        this.out = out;
        this.columns = names.size();
        out.write(String.join(",", names));
        out.write('\n');
    }

    /** A writer on {@code stream} (not closed by {@link #flush}) that has written the header. */
    public static ColumnCsvWriter onStream(OutputStream stream, List<String> names) throws IOException {
        return new ColumnCsvWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16),
                names);
    }

    /** Writes one row; must have as many values as the header has names. */
    public void row(double... values) throws IOException {
        if (values.length != columns) {
            throw new IllegalArgumentException("row has " + values.length + " values, header " + columns);
        }
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                out.write(',');
            }
            out.write(format(values[c]));
        }
        out.write('\n');
    }

    /** Flushes buffered rows to the stream. */
    public void flush() throws IOException {
        out.flush();
    }

    /** The cell text of one value. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < EXACT_INTEGER_LIMIT && !(v == 0 && 1 / v < 0)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
