package org.flowexplorer.core.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.OutputStream;
import java.io.Reader;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.math.PointSet;

/**
 * Reads points from a CSV file: one point a row, d ≥ 2 numeric columns, an optional header row
 * (a first row in which no cell is a number), UTF-8 with or without a byte-order mark, LF or CRLF
 * line ends, blank lines ignored. The file is streamed once. Every problem is an
 * {@link InputException} naming the file, the line and the column (the 1-based cell index), with
 * at most a short escaped excerpt of the file's content. Sizes are bounded before memory is:
 * at most {@link #MAX_ROWS} rows, {@link #MAX_COLUMNS} columns and {@link #MAX_VALUES} numbers,
 * each within ±{@value CoordinateRange#LIMIT} ({@link CoordinateRange}).
 */
public final class PointCsvReader {
    /** Beyond this many columns a file is certainly not a point cloud (and would exhaust memory). */
    public static final int MAX_COLUMNS = 1000;
    /** The most rows read: the tool's limit on N and M (every pairwise sum is O(N·M)). */
    public static final int MAX_ROWS = 50_000;
    /** The most numbers read (rows × columns): 40 MB of coordinates. */
    public static final int MAX_VALUES = 5_000_000;
    private static final int MAX_CELL = 10_000;

    private PointCsvReader() {
    }

    /** Reads the points of {@code file}. */
    public static PointSet read(Path file) {
        return read(file, null);
    }

    /**
     * Reads the points of {@code file}, feeding every byte of it to {@code digest} (if not null), so
     * a file's content hash comes from the very bytes that were parsed.
     */
    public static PointSet read(Path file, MessageDigest digest) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name, 0, 0, "is a directory, expected a CSV file");
        }
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = digest == null ? raw : new DigestInputStream(raw, digest)) {
            PointSet points = parse(in, name);
            if (digest != null) {
                in.transferTo(OutputStream.nullOutputStream()); // the digest covers the whole file
            }
            return points;
        } catch (CharacterCodingException e) {
            try (InputStream again = Files.newInputStream(file)) {
                throw Utf8Text.notUtf8(again, name);
            } catch (IOException io) {
                throw new InputException(name, 0, 0, "is not UTF-8 text");
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name, 0, 0, "no such file");
        } catch (IOException e) {
            throw new InputException(name, 0, 0, "cannot read: " + describe(e));
        } catch (SecurityException e) {
            throw new InputException(name, 0, 0, "cannot read: permission denied");
        }
    }

    /** Reads points from a stream; {@code name} is used in error messages. */
    public static PointSet read(InputStream in, String name) throws IOException {
        try {
            return parse(in, name);
        } catch (CharacterCodingException e) {
            throw new InputException(name, 0, 0, "is not UTF-8 text");
        }
    }

    private static PointSet parse(InputStream in, String name) throws IOException {
        Reader reader = skipBom(new BufferedReader(new InputStreamReader(in, Utf8Text.newDecoder()), 1 << 16));
        // a cell longer than this is not a number: stop before buffering megabytes of one line
        CsvFactory factory = CsvFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller closes
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build()).build();
        GrowingDoubles values = new GrowingDoubles();
        int dim = -1;
        int rows = 0;
        try (CsvParser p = factory.createParser(reader)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.enable(CsvParser.Feature.TRIM_SPACES);
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            List<String> cells = new ArrayList<>();
            boolean first = true;
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            while (t != null && t != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_ARRAY) {
                    throw new InputException(name, p.currentTokenLocation().getLineNr(), 0, "unexpected CSV structure");
                }
                cells.clear();
                int line = 0;
                while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
                    if (line == 0) {
                        line = p.currentTokenLocation().getLineNr();
                    }
                    if (cells.size() == MAX_COLUMNS) {
                        throw new InputException(name, line, MAX_COLUMNS + 1,
                                "more than " + MAX_COLUMNS + " columns");
                    }
                    cells.add(p.getText().strip());
                }
                if (line == 0) {
                    line = p.currentTokenLocation().getLineNr();
                }
                t = p.nextToken();
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue; // a line holding only spaces
                }
                if (first && isHeader(cells)) {
                    first = false;
                    checkColumns(name, line, cells.size());
                    dim = cells.size();
                    continue;
                }
                first = false;
                if (dim < 0) {
                    checkColumns(name, line, cells.size());
                    dim = cells.size();
                }
                if (rows == MAX_ROWS) {
                    throw new InputException(name, line, 0, "more than " + MAX_ROWS
                            + " rows (the limit on particles and targets)");
                }
                if ((long) (rows + 1) * dim > MAX_VALUES) {
                    throw new InputException(name, line, 0, "more than " + MAX_VALUES
                            + " numbers in all (rows x columns), the limit of a point file");
                }
                if (cells.size() != dim) {
                    throw new InputException(name, line, Math.min(cells.size(), dim) + 1,
                            "expected " + dim + " columns, found " + cells.size());
                }
                for (int c = 0; c < dim; c++) {
                    values.add(parseCell(name, line, c + 1, cells.get(c)));
                }
                rows++;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(name, loc == null ? 0 : loc.getLineNr(), 0,
                    "malformed CSV: " + Excerpt.of(e.getOriginalMessage(), 80));
        }
        if (rows == 0) {
            throw new InputException(name, 0, 0, dim < 0 ? "is empty, expected rows of x,y or x,y,z"
                    : "has a header but no data rows");
        }
        return PointSet.wrap(dim, values.toArray());
    }

    private static void checkColumns(String name, int line, int n) {
        if (n < 2) {
            throw new InputException(name, line, 1, "expected at least 2 columns (x,y), found " + n);
        }
    }

    private static boolean isHeader(List<String> cells) {
        for (String s : cells) {
            if (NumberText.looksNumeric(s)) {
                return false;
            }
        }
        return true;
    }

    private static double parseCell(String name, int line, int column, String text) {
        if (text.isEmpty()) {
            throw new InputException(name, line, column, "empty cell, expected a number");
        }
        if (!NumberText.looksNumeric(text)) {
            throw new InputException(name, line, column, "'" + Excerpt.of(text) + "' is not a number");
        }
        if (text.matches("[+-]?[A-Za-z]+")) {
            throw new InputException(name, line, column, "'" + Excerpt.of(text) + "' is not a finite number");
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(name, line, column, "'" + Excerpt.of(text) + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new InputException(name, line, column, "'" + Excerpt.of(text) + "' is not a finite number");
        }
        if (!CoordinateRange.contains(v)) {
            throw new InputException(name, line, column, "'" + Excerpt.of(text) + "' is outside the coordinate range ±"
                    + CoordinateRange.LIMIT);
        }
        return v;
    }

    private static Reader skipBom(Reader r) throws IOException {
        PushbackReader p = new PushbackReader(r, 1);
        int c = p.read();
        if (c != -1 && c != '\uFEFF') {
            p.unread(c);
        }
        return p;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
