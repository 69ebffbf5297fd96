package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's happy paths, run in-process, checking exit codes, stdout and the files written. */
class CliRunTest {
    @TempDir
    Path dir;

    @Test
    void runWritesConfigMetricsFinalAndTargets() throws IOException {
        Path out = dir.resolve("run");
        CliRunner.Result r = CliRunner.run("run", "--preset", "25gaussians-sd", "--steps", "25", "--set", "particles=200",
                "--set", "targets=300", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals("step,sigma,mmd2,sliced_w2,modes_covered,in_mode_fraction,ms_per_step", metrics.get(0));
        // rows at steps 0, 10, 20 and the last step 25
        assertEquals(5, metrics.size());
        assertTrue(metrics.get(1).startsWith("0,1"), metrics.get(1));
        assertTrue(metrics.get(4).startsWith("25,"), metrics.get(4));
        assertTrue(metrics.get(1).endsWith(","), "no ms_per_step before the first step: " + metrics.get(1));
        PointSet fin = PointCsvReader.read(out.resolve("final.csv"));
        assertEquals(200, fin.size());
        assertEquals("x,y", Files.readAllLines(out.resolve("final.csv")).get(0));
        assertEquals(300, PointCsvReader.read(out.resolve("targets.csv")).size());
        JsonNode cfg = new ObjectMapper().readTree(out.resolve("config.json").toFile());
        assertEquals(25, cfg.get("steps").asInt());
        assertEquals("linear", cfg.get("schedule").asText());
        assertEquals(200, cfg.get("particles").asInt());
        assertTrue(r.out().startsWith("SD flow: 25 steps"), r.out());
    }

    @Test
    void theSummaryOfASteeredRunNamesTheFlowItEndedWith() throws IOException {
        Path config = dir.resolve("steered.json");
        Files.writeString(config, "{\"dataset\": \"8gaussians\", \"particles\": 50, \"targets\": 50, \"steps\": 12,"
                + " \"flow\": \"sd\", \"changes\": [{\"step\": 6, \"flow\": \"svgd\"}]}");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--out", dir.resolve("s").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("SD flow → SVGD: 12 steps"), r.out());
        Files.writeString(config, Files.readString(config).replace("\"step\": 6", "\"step\": 12"));
        r = CliRunner.run("run", "--config", config.toString(), "--out", dir.resolve("t").toString());
        assertTrue(r.out().startsWith("SD flow: 12 steps"), "a change at the last state is never stepped: " + r.out());
    }

    @Test
    void resolvedConfigReproducesTheRunBitForBitOnAnyThreadCount() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path c = dir.resolve("c");
        assertEquals(0, CliRunner.run("run", "--preset", "25gaussians-langevin", "--steps", "15", "--set", "particles=150",
                "--set", "targets=150", "--set", "particle_batch=100", "--threads", "1", "--out", a.toString()).code());
        assertEquals(0, CliRunner.run("run", "--config", a.resolve("config.json").toString(), "--threads", "2",
                "--out", b.toString()).code());
        assertEquals(0, CliRunner.run("run", "--config", a.resolve("config.json").toString(), "--threads", "4",
                "--out", c.toString()).code());
        byte[] first = Files.readAllBytes(a.resolve("final.csv"));
        assertArrayEquals(first, Files.readAllBytes(b.resolve("final.csv")));
        assertArrayEquals(first, Files.readAllBytes(c.resolve("final.csv")));
    }

    @Test
    void finalCsvRoundTripsFullPrecision() throws IOException {
        Path out = dir.resolve("r");
        assertEquals(0, CliRunner.run("run", "--preset", "swissroll3d-sd", "--steps", "3", "--set", "particles=50",
                "--set", "targets=60", "--out", out.toString()).code());
        assertEquals("x,y,z", Files.readAllLines(out.resolve("final.csv")).get(0));
        PointSet once = PointCsvReader.read(out.resolve("final.csv"));
        Path again = dir.resolve("again.csv");
        assertEquals(0, CliRunner.run("velocity", "--flow", "sd", "--sigma", "1", "--particles",
                out.resolve("final.csv").toString(), "--targets", out.resolve("targets.csv").toString(),
                "--out", again.toString()).code());
        assertEquals(50, PointCsvReader.read(again).size());
        assertEquals(3, once.dim());
    }

    @Test
    void velocityWritesTheFieldAtEachParticle() throws IOException {
        Path p = Files.writeString(dir.resolve("p.csv"), "0.5,0.75\n-2,3\n");
        Path t = Files.writeString(dir.resolve("t.csv"), "x,y\n1.5,-0.25\n");
        Path v = dir.resolve("v.csv");
        CliRunner.Result r = CliRunner.run("velocity", "--flow", "langevin", "--sigma", "0.5", "--particles", p.toString(),
                "--targets", t.toString(), "--out", v.toString());
        assertEquals(0, r.code(), r.err());
        PointSet got = PointCsvReader.read(v);
        assertEquals((1.5 - 0.5) / 0.25, got.get(0, 0), 1e-12);
        assertEquals((-0.25 - 3) / 0.25, got.get(1, 1), 1e-12);
    }

    @Test
    void metricsPrintsExactlyTheDocumentedKeys() throws IOException {
        Path p = Files.writeString(dir.resolve("p.csv"), "x,y\n0,0\n2,2\n-2,0.1\n");
        Path t = Files.writeString(dir.resolve("t.csv"), "x,y\n0.1,0\n2,2.05\n-4,-4\n");
        CliRunner.Result r = CliRunner.run("metrics", "--particles", p.toString(), "--targets", t.toString(),
                "--mixture", "25gaussians");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("mmd2", "sliced_w2", "modes_covered", "in_mode_fraction", "nn_particle_to_target_mean",
                "nn_particle_to_target_median", "nn_target_to_target_mean", "nn_target_to_target_median", "mean_error",
                "cov_error"), names(json));
        CliRunner.Result withField = CliRunner.run("metrics", "--particles", p.toString(), "--targets", t.toString(),
                "--flow", "svgd", "--sigma", "0.5");
        JsonNode j2 = new ObjectMapper().readTree(withField.out());
        assertTrue(j2.get("modes_covered").isNull());
        assertTrue(j2.has("relative_curl") && j2.has("circulation"), withField.out());
    }

    private static List<String> names(JsonNode json) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void presetsListsTheRequiredPresets() {
        CliRunner.Result r = CliRunner.run("presets");
        assertEquals(0, r.code());
        for (String name : new String[] {"25gaussians-sd", "25gaussians-mmd", "25gaussians-svgd", "25gaussians-langevin",
            "25gaussians-diffflow", "swissroll-sd", "swissroll3d-sd", "30gaussians-sd"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(name + " ") && l.length() > name.length() + 10),
                    name + " missing or undescribed in\n" + r.out());
        }
    }

    @Test
    void benchPrintsMedianMsPerStepAsJson() throws IOException {
        CliRunner.Result r = CliRunner.run("bench", "--n", "100", "--m", "100", "--steps", "3", "--warmup", "1",
                "--warmup-seconds", "0", "--seconds", "0", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("sd", json.get("flow").asText());
        assertEquals(100, json.get("n").asInt());
        assertEquals(2, json.get("threads").asInt());
        assertTrue(json.get("ms_per_step").asDouble() > 0);
    }

    @Test
    void helpWorksWithoutADisplay() {
        CliRunner.Result r = CliRunner.run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("velocity") && r.out().contains("run"));
    }
}
