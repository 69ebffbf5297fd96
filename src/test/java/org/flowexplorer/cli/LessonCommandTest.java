package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lesson --list}, {@code lesson NAME --out DIR}, {@code lesson --file}: outputs, exit codes, user lessons. */
class LessonCommandTest {
    @TempDir
    Path home;
    private String before;

    @BeforeEach
    void pointHomeAtATemporaryFolder() throws IOException {
        before = System.getProperty("flowexplorer.home");
        System.setProperty("flowexplorer.home", home.toString());
        Files.createDirectories(home.resolve("lessons"));
    }

    @AfterEach
    void restoreHome() {
        if (before == null) {
            System.clearProperty("flowexplorer.home");
        } else {
            System.setProperty("flowexplorer.home", before);
        }
    }

    @Test
    void listNamesTheBuiltInLessonsThenTheUsersAndReportsABrokenOne() throws IOException {
        Files.writeString(home.resolve("lessons/week3.json"),
                "{\"title\": \"Week 3\", \"slides\": [{\"title\": \"s\", \"caption\": \"c\"}]}");
        Files.writeString(home.resolve("lessons/broken.json"), "{\"title\": \"B\",\n  \"slides\": 7}");
        CliRunner.Result r = CliRunner.run("lesson", "--list");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(5, lines.length, r.out());
        assertTrue(lines[0].startsWith("sd-converges") && lines[0].contains("Why only SD flow converges (6 slides)"), lines[0]);
        assertTrue(lines[3].startsWith("annealing"), lines[3]);
        assertTrue(lines[4].startsWith("week3") && lines[4].contains("(yours) Week 3 (1 slides)"), lines[4]);
        assertEquals("skipped " + home.resolve("lessons/broken.json") + ":2:13: slides: expected an array of slide objects",
                r.err().strip());
    }

    @Test
    void aLessonRendersToOneReplayPage() throws IOException {
        Path out = home.resolve("out");
        CliRunner.Result r = CliRunner.run("lesson", "annealing", "--out", out.toString(), "--frames", "5",
                "--set", "particles=60", "--set", "targets=60", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("lesson annealing: 5 slides, 25 frames, "), r.out());
        String html = Files.readString(out.resolve("replay.html"));
        assertTrue(html.contains("<title>What annealing σ does</title>"));
        assertTrue(r.err().contains("slide 5 / 5: Annealed too slowly"), r.err());
        try (var files = Files.list(out)) {
            assertEquals(1, files.count(), "only replay.html");
        }
    }

    @Test
    void aLessonFileRendersWithItsRelativeData() throws IOException {
        Path folder = Files.createDirectories(home.resolve("course"));
        Files.writeString(folder.resolve("ring.csv"), "x,y\n1,0\n0,1\n-1,0\n0,-1\n");
        Path lesson = folder.resolve("mine.json");
        Files.writeString(lesson, "{\"title\": \"Ring\", \"slides\": [{\"title\": \"s\", \"caption\": \"c\","
                + " \"set\": {\"dataset\": \"csv:ring.csv\", \"particles\": 20}, \"pause\": 6}]}");
        Path out = home.resolve("o");
        CliRunner.Result r = CliRunner.run("lesson", "--file", lesson.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 slides, 7 frames"), r.out());
    }

    @Test
    void badInputIsOneLineAndExitCode2() throws IOException {
        CliRunner.Result r = CliRunner.run("lesson", "nope", "--out", home.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.cleanOneLineError() && r.err().contains("unknown lesson 'nope'"), r.err());
        r = CliRunner.run("lesson", "annealing");
        assertEquals(2, r.code());
        assertTrue(r.cleanOneLineError() && r.err().contains("--out"), r.err());
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, "{\"title\": \"T\", \"slides\": [{\"title\": \"s\", \"caption\": \"c\", \"set\": {\"flow\": \"x\"}}]}");
        r = CliRunner.run("lesson", "--file", bad.toString(), "--out", home.resolve("y").toString());
        assertEquals(2, r.code());
        assertTrue(r.cleanOneLineError() && r.err().contains(bad + ":1:"), r.err());
        r = CliRunner.run("lesson", "annealing", "--out", home.resolve("z").toString(), "--set", "eta=-1");
        assertEquals(2, r.code());
        assertTrue(r.cleanOneLineError() && r.err().contains("eta"), r.err());
        assertFalse(Files.exists(home.resolve("z")), "nothing written before the input is checked");
    }
}
