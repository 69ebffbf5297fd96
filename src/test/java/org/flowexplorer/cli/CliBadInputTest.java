package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every class of bad input gets exit code 2 and one line naming the file, line, column or key. */
class CliBadInputTest {
    @TempDir
    Path dir;
    Path particles;
    Path targets;

    @BeforeEach
    void files() throws IOException {
        particles = Files.writeString(dir.resolve("p.csv"), "x,y\n0,0\n1,0.5\n");
        targets = Files.writeString(dir.resolve("t.csv"), "x,y\n0.2,0.1\n-1,1\n");
    }

    private CliRunner.Result expectBadInput(String mustMention, String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(2, r.code(), () -> "exit code for " + String.join(" ", args) + ": " + r.err());
        assertTrue(r.cleanOneLineError(), () -> "not one clean line: " + r.err());
        assertTrue(r.err().contains(mustMention), () -> "'" + r.err().strip() + "' should mention " + mustMention);
        return r;
    }

    private String velocityOut() {
        return dir.resolve("v.csv").toString();
    }

    @Test
    void unknownPresetFlowAndKey() {
        expectBadInput("no-such", "run", "--preset", "no-such", "--out", dir.resolve("o").toString());
        expectBadInput("--flow", "velocity", "--flow", "wobble", "--sigma", "0.5", "--particles", particles.toString(),
                "--targets", targets.toString(), "--out", velocityOut());
        expectBadInput("colour", "run", "--set", "colour=red", "--steps", "1", "--out", dir.resolve("o").toString());
        expectBadInput("flow", "run", "--set", "flow=gan", "--steps", "1", "--out", dir.resolve("o").toString());
        expectBadInput("dataset", "run", "--set", "dataset=spiral", "--steps", "1", "--out", dir.resolve("o").toString());
        expectBadInput("base", "run", "--set", "base=cube", "--steps", "1", "--out", dir.resolve("o").toString());
        expectBadInput("Unknown option", "run", "--colour", "red", "--out", dir.resolve("o").toString());
        expectBadInput("Unmatched", "wobble");
        assertFalse(Files.exists(dir.resolve("o").resolve("final.csv")));
    }

    @Test
    void malformedAndNonFiniteNumbers() {
        String[] base = {"velocity", "--flow", "sd", "--particles", particles.toString(), "--targets",
            targets.toString(), "--out", velocityOut(), "--sigma"};
        for (String bad : new String[] {"abc", "NaN", "Infinity", "1e309", "-0.5", "0"}) {
            String[] args = Stream.concat(Stream.of(base), Stream.of(bad)).toArray(String[]::new);
            expectBadInput("sigma", args);
        }
        expectBadInput("eta", "run", "--set", "eta=NaN", "--out", dir.resolve("o").toString());
        expectBadInput("eta", "run", "--set", "eta=1e309", "--out", dir.resolve("o").toString());
        expectBadInput("particles", "run", "--set", "particles=1.5", "--out", dir.resolve("o").toString());
        expectBadInput("rho", "run", "--set", "rho=2", "--out", dir.resolve("o").toString());
        expectBadInput("--steps", "run", "--steps", "many", "--out", dir.resolve("o").toString());
        expectBadInput("--rho", "velocity", "--flow", "diffflow", "--sigma", "1", "--rho", "1.5",
                "--particles", particles.toString(), "--targets", targets.toString(), "--out", velocityOut());
    }

    @Test
    void malformedCsvNamesFileLineAndColumn() throws IOException {
        Path wrongCols = Files.writeString(dir.resolve("cols.csv"), "x,y\n0,0\n1,2,3\n");
        expectBadInput("cols.csv:3", "velocity", "--flow", "sd", "--sigma", "1", "--particles", wrongCols.toString(),
                "--targets", targets.toString(), "--out", velocityOut());
        Path nan = Files.writeString(dir.resolve("nan.csv"), "x,y\n0,0\n1,NaN\n");
        expectBadInput("nan.csv:3:", "velocity", "--flow", "sd", "--sigma", "1", "--particles", nan.toString(),
                "--targets", targets.toString(), "--out", velocityOut());
        Path huge = Files.writeString(dir.resolve("huge.csv"), "0,0\n1e309,1\n");
        expectBadInput("huge.csv:2:1", "metrics", "--particles", huge.toString(), "--targets", targets.toString());
        Path text = Files.writeString(dir.resolve("text.csv"), "0,0\n1,abc\n");
        expectBadInput("text.csv:2:", "metrics", "--particles", particles.toString(), "--targets", text.toString());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        expectBadInput("empty.csv", "metrics", "--particles", empty.toString(), "--targets", targets.toString());
        expectBadInput("missing.csv", "metrics", "--particles", dir.resolve("missing.csv").toString(),
                "--targets", targets.toString());
        expectBadInput(dir.toString(), "metrics", "--particles", dir.toString(), "--targets", targets.toString());
        Path three = Files.writeString(dir.resolve("three.csv"), "x,y,z\n0,0,0\n");
        expectBadInput("three.csv", "metrics", "--particles", particles.toString(), "--targets", three.toString());
        expectBadInput("--mixture", "metrics", "--particles", particles.toString(), "--targets", targets.toString(),
                "--mixture", "swissroll");
    }

    @Test
    void badConfigFilesNameLineColumnOrKey() throws IOException {
        Path syntax = Files.writeString(dir.resolve("syntax.json"), "{\n  \"flow\": \"sd\",\n  \"eta\": ,\n}\n");
        expectBadInput("syntax.json:3:", "run", "--config", syntax.toString(), "--out", dir.resolve("o").toString());
        Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\n  \"flow\": \"sd\",\n  \"etta\": 0.5\n}\n");
        expectBadInput("unknown.json:3:3", "run", "--config", unknown.toString(), "--out", dir.resolve("o").toString());
        Path type = Files.writeString(dir.resolve("type.json"), "{\"steps\": \"ten\"}");
        expectBadInput("steps", "run", "--config", type.toString(), "--out", dir.resolve("o").toString());
        Path range = Files.writeString(dir.resolve("range.json"), "{\"sigma_min\": -1}");
        expectBadInput("sigma_min", "run", "--config", range.toString(), "--out", dir.resolve("o").toString());
        expectBadInput(dir.toString(), "run", "--config", dir.toString(), "--out", dir.resolve("o").toString());
        expectBadInput("nope.json", "run", "--config", dir.resolve("nope.json").toString(), "--out",
                dir.resolve("o").toString());
        Path emptyJson = Files.writeString(dir.resolve("empty.json"), "");
        expectBadInput("empty.json", "run", "--config", emptyJson.toString(), "--out", dir.resolve("o").toString());
    }

    @Test
    void unwritableOutputs() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a directory");
        expectBadInput("plain.txt", "run", "--steps", "1", "--out", file.toString());
        expectBadInput("plain.txt", "run", "--steps", "1", "--out", file.resolve("sub").toString());
        expectBadInput("v.csv", "velocity", "--flow", "sd", "--sigma", "1", "--particles", particles.toString(),
                "--targets", targets.toString(), "--out", dir.resolve("no-dir").resolve("v.csv").toString());
        Files.createDirectories(dir.resolve("isdir.csv"));
        expectBadInput("isdir.csv", "velocity", "--flow", "sd", "--sigma", "1", "--particles", particles.toString(),
                "--targets", targets.toString(), "--out", dir.resolve("isdir.csv").toString());
        Path out = dir.resolve("blocked");
        Files.createDirectories(out.resolve("final.csv"));
        Files.writeString(out.resolve("final.csv").resolve("keep.txt"), "user data");
        expectBadInput("final.csv", "run", "--steps", "2", "--set", "particles=20", "--set", "targets=20",
                "--out", out.toString());
        assertFalse(Files.exists(out.resolve("config.json")), "a failed run must leave no partial files");
        assertFalse(Files.exists(out.resolve("metrics.csv")));
        assertEquals("user data", Files.readString(out.resolve("final.csv").resolve("keep.txt")));
    }

    @Test
    void badThreadsAndMetricsEvery() {
        expectBadInput("--threads", "run", "--threads", "0", "--out", dir.resolve("o").toString());
        expectBadInput("--metrics-every", "run", "--metrics-every", "0", "--out", dir.resolve("o").toString());
    }
}
