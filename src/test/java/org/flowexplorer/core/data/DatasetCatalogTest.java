package org.flowexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dataset definitions of algorithms.md §5, checked point by point and in distribution. */
class DatasetCatalogTest {
    private static final int M = 4000;

    @ParameterizedTest
    @EnumSource(SyntheticDataset.class)
    void sameSeedSamePointsOtherSeedOtherPoints(SyntheticDataset d) {
        PointSet a = DatasetCatalog.generate(d.id(), 500, 7).points();
        assertEquals(a, DatasetCatalog.generate(d.id(), 500, 7).points());
        assertNotEquals(a, DatasetCatalog.generate(d.id(), 500, 8).points());
        assertEquals(500, a.size());
        assertEquals(d.dim(), a.dim());
        assertTrue(a.allFinite());
    }

    @Test
    void mixtureMeansAreTheSpecifiedGridsAndRings() {
        Mixture g25 = SyntheticDataset.GAUSSIANS_25.mixture();
        assertEquals(25, g25.modes());
        assertEquals(0.05, g25.std());
        assertEquals(-4.0, g25.means().get(0, 0));
        assertEquals(-4.0, g25.means().get(0, 1));
        assertEquals(4.0, g25.means().get(24, 0));
        assertEquals(-2.0, g25.means().get(1, 1));
        Mixture g8 = SyntheticDataset.GAUSSIANS_8.mixture();
        assertEquals(8, g8.modes());
        for (int k = 0; k < 8; k++) {
            assertEquals(2.0, Math.hypot(g8.means().get(k, 0), g8.means().get(k, 1)), 1e-12);
        }
        assertEquals(2 * Math.cos(2 * Math.PI * 3 / 8), g8.means().get(3, 0), 1e-15);
        Mixture g30 = SyntheticDataset.GAUSSIANS_30.mixture();
        assertEquals(30, g30.modes());
        int[] perRadius = new int[4];
        for (int k = 0; k < 30; k++) {
            perRadius[(int) Math.round(Math.hypot(g30.means().get(k, 0), g30.means().get(k, 1)))]++;
        }
        assertEquals(6, perRadius[1]);
        assertEquals(10, perRadius[2]);
        assertEquals(14, perRadius[3]);
        assertNull(SyntheticDataset.SWISS_ROLL.mixture());
    }

    @Test
    void mixturePointsScatterAroundTheirNearestMeanWithTheStatedStd() {
        Dataset d = DatasetCatalog.generate("25gaussians", M, 1);
        PointSet means = d.mixture().means();
        int[] counts = new int[25];
        double sq = 0;
        for (int i = 0; i < M; i++) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 25; k++) {
                double dx = d.points().get(i, 0) - means.get(k, 0);
                double dy = d.points().get(i, 1) - means.get(k, 1);
                if (dx * dx + dy * dy < bestD) {
                    bestD = dx * dx + dy * dy;
                    best = k;
                }
            }
            counts[best]++;
            sq += bestD;
        }
        // E|x - mu|^2 = 2 std^2 = 0.005; the sample mean of 4000 has relative sd 1/sqrt(4000) ≈ 1.6 %
        assertEquals(0.005, sq / M, 0.005 * 0.08);
        for (int c : counts) {
            // equal weights: each count ~ Binomial(4000, 1/25), mean 160, sd 12.5; 5 sd margin
            assertTrue(Math.abs(c - 160) < 63, "component count " + c);
        }
    }

    @Test
    void swissRollLiesOnTheSpiral() {
        PointSet p = DatasetCatalog.generate("swissroll", M, 2).points();
        for (int i = 0; i < M; i++) {
            double r = Math.hypot(p.get(i, 0), p.get(i, 1)) * 7.5; // = t up to noise
            assertTrue(r > 1.5 * Math.PI - 0.6 && r < 4.5 * Math.PI + 0.6, "radius " + r);
        }
        PointSet q = DatasetCatalog.generate("swissroll3d", M, 2).points();
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < M; i++) {
            double r = Math.hypot(q.get(i, 0), q.get(i, 2)) * 7.5;
            assertTrue(r > 1.5 * Math.PI - 0.6 && r < 4.5 * Math.PI + 0.6, "radius " + r);
            minY = Math.min(minY, q.get(i, 1));
            maxY = Math.max(maxY, q.get(i, 1));
        }
        assertTrue(minY > -2.15 && minY < -1.9 && maxY < 2.15 && maxY > 1.9, minY + " " + maxY);
    }

    @Test
    void mysteryKnotHasTheStatedRadiusRange() {
        PointSet p = DatasetCatalog.generate("mystery3d", M, 3).points();
        for (int i = 0; i < M; i++) {
            double r = Math.hypot(p.get(i, 0), p.get(i, 1)) / 0.6; // 2 + cos 3s ∈ [1, 3] up to noise
            assertTrue(r > 0.4 && r < 3.6, "r " + r);
            assertTrue(Math.abs(p.get(i, 2)) < 0.6 + 0.3);
        }
    }

    @Test
    void checkerboardHasEvenCellsOnly() {
        PointSet p = DatasetCatalog.generate("checkerboard", M, 4).points();
        int[] cells = new int[16];
        for (int i = 0; i < M; i++) {
            double x = p.get(i, 0);
            double y = p.get(i, 1);
            assertTrue(x >= -2 && x < 2 && y >= -2 && y < 2);
            int fx = (int) Math.floor(x);
            int fy = (int) Math.floor(y);
            assertEquals(0, Math.floorMod(fx + fy, 2), "cell " + fx + "," + fy);
            cells[(fx + 2) * 4 + fy + 2]++;
        }
        int used = 0;
        for (int c : cells) {
            used += c > 0 ? 1 : 0;
        }
        assertEquals(8, used);
    }

    @Test
    void moonsAreTwoShiftedScaledHalfCircles() {
        PointSet p = DatasetCatalog.generate("moons", M, 5).points();
        double worst = 0;
        for (int i = 0; i < M; i++) {
            double x = p.get(i, 0) / 1.5 + 0.5;
            double y = p.get(i, 1) / 1.5 + 0.25;
            double upper = Math.abs(Math.hypot(x, y) - 1);
            double lower = Math.abs(Math.hypot(x - 1, y - 0.5) - 1);
            worst = Math.max(worst, Math.min(upper, lower));
        }
        assertTrue(worst < 0.05 * 6, "distance from both circles " + worst);
    }

    @Test
    void csvDatasetReadsEveryRow(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("t.csv"), "x,y,z\n1,2,3\n4,5,6\n");
        Dataset d = DatasetCatalog.generate("csv:" + f, 1000, 0);
        assertEquals(2, d.points().size());
        assertEquals(3, d.dim());
        assertNull(d.mixture());
    }

    @Test
    void unknownOrEmptyNamesAreInputErrorsNamingTheKey() {
        InputException e = assertThrows(InputException.class, () -> DatasetCatalog.generate("spiral", 10, 0));
        assertEquals("dataset", e.source());
        assertTrue(e.getMessage().contains("25gaussians"));
        assertThrows(InputException.class, () -> DatasetCatalog.generate("csv:", 10, 0));
        assertThrows(InputException.class, () -> DatasetCatalog.generate("", 10, 0));
        assertEquals("targets", assertThrows(InputException.class,
                () -> DatasetCatalog.generate("moons", 0, 0)).source());
    }
}
