package org.flowexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading point CSV files: accepted forms, and one clear located error for each malformed class. */
class PointCsvReaderTest {
    @TempDir
    Path dir;

    private PointSet parse(String text) throws IOException {
        return PointCsvReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.csv");
    }

    private PointSet parse(byte[] bytes) throws IOException {
        return PointCsvReader.read(new ByteArrayInputStream(bytes), "in.csv");
    }

    private InputException error(String text) {
        return assertThrows(InputException.class, () -> parse(text));
    }

    private static void assertAt(InputException e, int line, int column) {
        assertEquals("in.csv", e.source(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }

    @Test
    void headerIsOptionalAndTrailingBlankLinesCrlfBomAndSpacesAreAccepted() throws IOException {
        PointSet expected = PointSet.wrap(2, new double[] {1, 2, -3.5, 4e-3});
        assertEquals(expected, parse("x,y\n1,2\n-3.5,4e-3\n"));
        assertEquals(expected, parse("1,2\n-3.5,4e-3"));
        assertEquals(expected, parse("x,y\r\n1,2\r\n\r\n-3.5,4e-3\r\n\r\n"));
        assertEquals(expected, parse(" x , y \n 1 , 2\n-3.5, 4e-3\n"));
        assertEquals(expected, parse("\"x\",\"y\"\n\"1\",2\n-3.5,4e-3\n"));
        byte[] body = "x,y\n1,2\n-3.5,4e-3\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertEquals(expected, parse(bom));
        PointSet three = parse("x,y,z\n1,2,3\n");
        assertEquals(3, three.dim());
    }

    @Test
    void wrongColumnCountNamesLineAndColumn() {
        assertAt(error("x,y\n0,0\n1,2,3\n"), 3, 3);
        assertAt(error("x,y\n0,0\n1\n"), 3, 2);
        assertTrue(error("x,y\n0,0\n1,2,3\n").getMessage().contains("expected 2 columns, found 3"));
        assertAt(error("x\n1\n"), 1, 1);
    }

    @Test
    void nonNumbersAndNonFiniteNumbersNameTheirCell() {
        assertAt(error("x,y\n0,0\n1,NaN\n"), 3, 2);
        assertAt(error("0,0\n1e309,1\n"), 2, 1);
        assertAt(error("0,0\n-1e309,1\n"), 2, 1);
        assertAt(error("0,0\n1,Infinity\n"), 2, 2);
        assertAt(error("0,0\n1,abc\n"), 2, 2);
        assertAt(error("0,0\n1,\n"), 2, 2);
        assertAt(error("0,0\n0x10,1\n"), 2, 1);
        assertAt(error("0,0\n1d,1\n"), 2, 1);
        assertTrue(error("0,0\n1e309,1\n").getMessage().contains("not a finite number"));
        assertAt(error("x,1\n"), 1, 1);
    }

    @Test
    void emptyOrHeaderOnlyFilesAreRejected() {
        assertTrue(error("").getMessage().contains("empty"));
        assertTrue(error("\n\n").getMessage().contains("empty"));
        assertTrue(error("x,y\n").getMessage().contains("no data rows"));
        assertThrows(InputException.class, () -> parse(new byte[] {(byte) 0xC3, 0x28, ',', '1', '\n'}));
    }

    @Test
    void missingFilesAndDirectoriesGiveOneLine() {
        InputException missing = assertThrows(InputException.class, () -> PointCsvReader.read(dir.resolve("no.csv")));
        assertTrue(missing.getMessage().endsWith("no.csv: no such file"), missing.getMessage());
        InputException folder = assertThrows(InputException.class, () -> PointCsvReader.read(dir));
        assertTrue(folder.getMessage().contains("is a directory"), folder.getMessage());
    }

    @Test
    void largeFileIsStreamedOnce() throws IOException {
        Path f = dir.resolve("big.csv");
        int rows = PointCsvReader.MAX_ROWS;
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("x,y,z\n");
            for (int i = 0; i < rows; i++) {
                w.write(i + "," + (0.5 * i) + "," + (-i) + "\n");
            }
        }
        PointSet p = PointCsvReader.read(f);
        assertEquals(rows, p.size());
        assertEquals(0.5 * (rows - 1), p.get(rows - 1, 1));
        Files.writeString(f, "1,2,3\n", java.nio.file.StandardOpenOption.APPEND);
        InputException tooMany = assertThrows(InputException.class, () -> PointCsvReader.read(f));
        assertEquals(rows + 2, tooMany.line(), tooMany.getMessage());
        assertTrue(tooMany.getMessage().contains("more than " + rows + " rows"), tooMany.getMessage());
    }

    @Test
    void writerOutputRoundTripsBitForBit() {
        qt().withExamples(60).withFixedSeed(42L)
                .forAll(integers().between(1, 40), integers().between(2, 6), integers().all())
                .check((n, d, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double[] xs = new double[n * d];
                    for (int i = 0; i < xs.length; i++) {
                        // a mix of magnitudes, subnormals, negative zero and integers
                        switch (r.nextInt(5)) {
                            case 0 -> xs[i] = r.nextGaussian() * Math.pow(10, r.nextInt(-300, 60)); // within the range
                            case 1 -> xs[i] = Double.longBitsToDouble(r.nextLong(1, 1L << 52));
                            case 2 -> xs[i] = -0.0;
                            case 3 -> xs[i] = r.nextInt(-1000, 1000);
                            default -> xs[i] = r.nextDouble();
                        }
                    }
                    PointSet p = PointSet.wrap(d, xs);
                    try {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        PointCsvWriter.write(p, out);
                        PointSet back = parse(out.toByteArray());
                        for (int i = 0; i < xs.length; i++) {
                            if (Double.doubleToRawLongBits(xs[i]) != Double.doubleToRawLongBits(back.coords()[i])) {
                                return false;
                            }
                        }
                        return back.dim() == d;
                    } catch (IOException e) {
                        return false;
                    }
                });
        assertArrayEquals(new double[] {1.0}, new double[] {Double.parseDouble(ColumnCsvWriter.format(1.0))});
    }

    @Test
    void singleFiniteValuesSurviveTheWriterFormat() {
        qt().withExamples(500).withFixedSeed(7L).forAll(doubles().any()).check(v -> !Double.isFinite(v)
                || Double.doubleToRawLongBits(Double.parseDouble(ColumnCsvWriter.format(v)))
                        == Double.doubleToRawLongBits(v));
    }
}
