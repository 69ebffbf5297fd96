package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnoseCommandTest {
    @TempDir
    Path dir;

    private JsonNode diagnose(String name, String... extra) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("diagnose", "--step", "40", "--set", "particles=150",
                "--set", "targets=150", "--grid", "16", "--threads", "2", "--out", out.toString()));
        args.addAll(List.of(extra));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out.resolve("curl.png")) > 1000);
        List<String> csv = Files.readAllLines(out.resolve("curl.csv"));
        assertEquals("x,y,curl,jacobian_frobenius,vx,vy", csv.get(0));
        assertEquals(1 + 16 * 16, csv.size());
        return new ObjectMapper().readTree(out.resolve("diagnostics.json").toFile());
    }

    @Test
    void gradientFlowsVersusSvgdAndTheCurlTerm() throws Exception {
        JsonNode sd = diagnose("sd", "--flow", "sd", "--circle", "0,0,1", "--circle", "2,-2,0.5");
        assertEquals(40, sd.get("step").asInt());
        assertTrue(sd.get("relative_curl").asDouble() < 1e-3, sd.toString());
        assertTrue(sd.get("circulation").asDouble() < 1e-6, sd.toString());
        assertEquals(2, sd.get("circles").size());
        assertTrue(sd.get("circles").get(0).get("normalized_circulation").asDouble() < 1e-6, sd.toString());
        assertEquals(1.0, sd.get("circles").get(0).get("r").asDouble());

        JsonNode svgd = diagnose("svgd", "--flow", "svgd");
        assertTrue(svgd.get("relative_curl").asDouble() > 0.1, svgd.toString());

        JsonNode lk = diagnose("lk", "--flow", "langevin", "--set", "curl=2", "--set", "eta=0.2");
        assertTrue(lk.get("relative_curl").asDouble() > 0.5, lk.toString());
        assertTrue(lk.get("grid").get("relative_curl").asDouble() > 0.5, lk.toString());
    }

    @Test
    void badInputIsExitTwoWithOneLine() {
        Path out = dir.resolve("bad");
        for (String[] args : List.of(
                new String[] {"diagnose", "--flow", "gan", "--out", out.toString()},
                new String[] {"diagnose", "--flow", "sd", "--circle", "1,2", "--out", out.toString()},
                new String[] {"diagnose", "--flow", "sd", "--circle", "1,2,-1", "--out", out.toString()},
                new String[] {"diagnose", "--flow", "sd", "--circle", "a,b,c", "--out", out.toString()},
                new String[] {"diagnose", "--flow", "sd", "--grid", "1", "--out", out.toString()},
                new String[] {"diagnose", "--flow", "sd", "--view", "1,0,0,1", "--out", out.toString()},
                new String[] {"diagnose", "--flow", "sd", "--step", "-3", "--out", out.toString()},
                new String[] {"diagnose", "--out", out.toString()})) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(FlowExplorerCli.BAD_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.cleanOneLineError(), r.err());
        }
        CliRunner.Result r = CliRunner.run("diagnose", "--flow", "gan", "--out", out.toString());
        assertTrue(r.err().contains("--flow") && r.err().contains("gan"), r.err());
        assertFalse(Files.exists(out));
    }
}
