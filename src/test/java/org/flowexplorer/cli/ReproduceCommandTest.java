package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.experiment.ExperimentDefinition;
import org.flowexplorer.core.experiment.Experiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reproduce subcommand at toy size through the one command path: files appear, bad input is exit 2. */
class ReproduceCommandTest {
    @TempDir
    Path dir;

    /** Every file written is declared and not empty; no temporary file is left. */
    private static void assertFiles(Path out, String experiment) throws Exception {
        List<String> names = Experiments.named(experiment).files();
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) {
                assertTrue(names.contains(f.getFileName().toString()), "undeclared " + f);
                assertTrue(Files.size(f) > 50, f.toString());
            }
        }
    }

    @Test
    void table25WritesTheTableWithTheFourFactors() throws Exception {
        Path out = dir.resolve("t25");
        CliRunner.Result r = CliRunner.run("reproduce", "table-25", "--out", out.toString(), "--seeds", "2", "--steps",
                "40", "--particles", "60", "--threads", "2", "--only", "sd/off/full/batched/annealed", "--only",
                "svgd/on/subsampled/all/cosine");
        assertEquals(0, r.code(), r.err());
        assertFiles(out, "table-25");
        assertTrue(Files.exists(out.resolve("paper-figure-occupancy.svg")), "the Fig. 1 row's occupancy");
        List<String> csv = Files.readAllLines(out.resolve("table.csv"));
        assertEquals(3, csv.size());
        assertTrue(csv.get(0).startsWith("flow,adagrad,targets,particles,noise,paper_figure,seeds,modes,"), csv.get(0));
        assertTrue(csv.get(1).startsWith("sd,off,full,batched,annealed,fig1,2,25,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("svgd,on,subsampled,all,cosine,,2,25,"), csv.get(2));
        assertEquals(5, Files.readAllLines(out.resolve("runs.csv")).size());
        String md = Files.readString(out.resolve("table.md"));
        assertTrue(md.contains("≥ 24/25 modes covered, in-mode fraction ≥ 0.9, occupancy TV ≤ "), md);
        assertTrue(md.contains("| off | full | batched | annealed | **Fig. 1** |"), md);
        assertTrue(r.out().contains("occupancy TV threshold"), r.out());
    }

    @Test
    void badOptionsAreOneLineErrorsNamingTheOption() {
        String a = dir.resolve("a").toString();
        for (String[] args : List.of(
                new String[] {"reproduce", "table-25", "--out", a, "--only", "sd/off/full/annealed"},
                new String[] {"reproduce", "table-25", "--out", a, "--only", "langevin/off/full/all/annealed"},
                new String[] {"reproduce", "table-30", "--out", a, "--seeds", "0"},
                new String[] {"reproduce", "table-30", "--out", a, "--particles", "1"},
                new String[] {"reproduce", "table-30", "--out", a, "--steps", "x"},
                new String[] {"reproduce", "model50", "--out", a, "--sigma", "-1"},
                new String[] {"reproduce", "model50", "--out", a, "--particles", "500", "--train", "100"},
                new String[] {"reproduce", "curl-langevin", "--out", a, "--seeds", "1"},
                new String[] {"reproduce", "swissroll", "--out", a, "--frames", "1"},
                new String[] {"reproduce", "nn-histogram", "--out", a, "--preset", "no-such-preset"},
                new String[] {"reproduce", "diffflow-marginals", "--out", a, "--threads", "0"})) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(FlowExplorerCli.BAD_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.cleanOneLineError(), r.err());
        }
        CliRunner.Result r = CliRunner.run("reproduce", "table-30", "--out", a, "--seeds", "0");
        assertTrue(r.err().contains("--seeds") && r.err().contains("between 1 and 100"), r.err());
        assertFalse(Files.exists(dir.resolve("a")), "nothing written on bad input");
    }

    @Test
    void everyExperimentHasItsSubcommandWithItsSettings() {
        CliRunner.Result help = CliRunner.run("reproduce", "--help");
        for (ExperimentDefinition d : Experiments.all()) {
            assertTrue(help.out().contains(d.name()), d.name());
            CliRunner.Result sub = CliRunner.run("reproduce", d.name(), "--help");
            assertEquals(0, sub.code(), d.name());
            d.params().forEach(p -> assertTrue(sub.out().contains("--" + p.name()), d.name() + " --" + p.name()));
        }
    }

    @Test
    void smallExperimentsWriteTheirFiles() throws Exception {
        record Case(String name, String... args) {
        }
        for (Case c : List.of(
                new Case("model50", "--steps", "20", "--particles", "40", "--dim", "8", "--train", "200", "--held-out",
                        "50"),
                new Case("swissroll", "--points", "60", "--steps", "10", "--frames", "3"),
                new Case("nn-histogram", "--steps", "10", "--particles", "60"),
                new Case("curl-langevin", "--particles", "50", "--steps", "20", "--seeds", "2"),
                new Case("diffflow-marginals", "--particles", "50", "--steps", "20", "--seeds", "2"))) {
            Path out = dir.resolve(c.name());
            List<String> args = new java.util.ArrayList<>(List.of("reproduce", c.name(), "--out", out.toString(),
                    "--threads", "1"));
            args.addAll(List.of(c.args()));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), c.name() + ": " + r.err());
            assertFiles(out, c.name());
            assertTrue(r.out().contains("wrote "), r.out());
        }
        List<String> m = Files.readAllLines(dir.resolve("model50").resolve("model50.csv"));
        assertEquals("step,q_self,mean_error,relative_mean_error,cov_error,cov_slope,trace_ratio", m.get(0));
        assertTrue(m.stream().anyMatch(l -> l.contains(",exclude,")) && m.stream().anyMatch(l -> l.contains(",include,")));
        List<String> nn = Files.readAllLines(dir.resolve("nn-histogram").resolve("nn-distances.csv"));
        assertEquals(1 + 60 + 60, nn.size());
        assertTrue(Files.readString(dir.resolve("diffflow-marginals").resolve("diffflow-marginals.svg"))
                .contains("<svg"));
    }
}
