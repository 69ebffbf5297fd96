package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} in-process on tiny sizes: its JSON, the kernel path, the sweep CSV and the chart. */
class BenchCommandTest {
    private static final String[] QUICK = {"--steps", "2", "--seconds", "0", "--warmup", "1", "--warmup-seconds", "0",
        "--threads", "2"};

    private static String[] args(String... extra) {
        String[] all = new String[extra.length + QUICK.length + 1];
        all[0] = "bench";
        System.arraycopy(extra, 0, all, 1, extra.length);
        System.arraycopy(QUICK, 0, all, 1 + extra.length, QUICK.length);
        return all;
    }

    @Test
    void printsOneJsonLineWithTheKernelPathAndFixedSigma() throws Exception {
        CliRunner.Result r = CliRunner.run(args("--flow", "sd", "--n", "300", "--m", "200", "--sigma", "0.3"));
        assertEquals(0, r.code(), r.err());
        JsonNode row = new ObjectMapper().readTree(r.out().strip());
        assertEquals("sd", row.get("flow").asText());
        assertEquals(300, row.get("n").asInt());
        assertEquals(0.3, row.get("sigma").asDouble(), 0.0);
        assertEquals("exact", row.get("mode").asText());
        // surefire runs with the Vector API module, so the vector kernels must have been chosen
        assertTrue(row.get("kernel").asText().startsWith("vector-float/"), row.get("kernel").asText());
        assertTrue(row.get("ms_per_step").asDouble() > 0);
    }

    @Test
    void sweepWritesACsvRowPerFlowAndSizeAndAChart(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bench.csv");
        Path png = dir.resolve("bench.png");
        CliRunner.Result r = CliRunner.run(args("--flow", "sd,mmd", "--sweep", "100,200", "--csv", csv.toString(),
                "--plot", png.toString(), "--numpy-ms", "30"));
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.out().strip().split("\n").length);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("flow,mode,n,m,sigma,threads,ms_per_step"), lines.get(0));
        assertTrue(lines.get(3).startsWith("mmd,exact,100,100,"), lines.get(3));
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
    }

    @Test
    void gridModeIsReportedAndBadOptionsAreOneLine() throws Exception {
        CliRunner.Result grid = CliRunner.run(args("--flow", "svgd", "--n", "400", "--m", "400", "--kernel", "grid"));
        assertEquals(0, grid.code(), grid.err());
        assertEquals("grid", new ObjectMapper().readTree(grid.out().strip()).get("mode").asText());
        for (String[] bad : new String[][] {{"--kernel", "fast"}, {"--flow", "nope"}, {"--sigma", "0"}}) {
            CliRunner.Result r = CliRunner.run(args(bad));
            assertEquals(FlowExplorerCli.BAD_INPUT, r.code());
            assertTrue(r.cleanOneLineError(), r.err());
        }
    }
}
