package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code src/test/resources/bad-input/} is one malformed input, fed to the CLI the
 * way a user would: {@code csv/} as {@code metrics --particles}, {@code config/} as
 * {@code run --config}, {@code preset/} as a user preset run by name, and {@code cli/},
 * {@code frames/}, {@code paths/} as argument lists (one argument a line, {@code #expect TEXT}
 * first). Each must give exit code 2 and one bounded line on stderr that points at the problem —
 * the file with its line and column, or the key — with no stack trace, no OutOfMemoryError, no
 * control character and no unbounded echo of the input.
 */
class BadInputCorpusTest {
    /** The longest error line accepted (messages bound every echo of the input). */
    static final int MAX_LINE = 700;

    @TempDir
    Path tmp;
    private String homeBefore;

    @BeforeEach
    void isolateUserPresets() {
        homeBefore = System.getProperty("flowexplorer.home");
        System.setProperty("flowexplorer.home", tmp.resolve("home").toString());
    }

    @AfterEach
    void restore() {
        if (homeBefore == null) {
            System.clearProperty("flowexplorer.home");
        } else {
            System.setProperty("flowexplorer.home", homeBefore);
        }
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(BadInputCorpusTest.class.getResource("/bad-input").toURI());
    }

    static Stream<Path> cases(String folder) throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(corpus().resolve(folder))) {
            return s.sorted().toList().stream();
        }
    }

    static Stream<Path> csvCases() throws Exception {
        return cases("csv");
    }

    static Stream<Path> configCases() throws Exception {
        return cases("config");
    }

    static Stream<Path> presetCases() throws Exception {
        return cases("preset");
    }

    static Stream<Path> argumentCases() throws Exception {
        return Stream.of("cli", "frames", "paths").flatMap(f -> {
            try {
                return cases(f);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theCorpusHoldsAtLeastAHundredInputsOfEveryKind() throws Exception {
        long total = 0;
        for (String f : List.of("csv", "config", "preset", "cli", "frames", "paths")) {
            long n = cases(f).count();
            assertTrue(n >= 10, f + " has only " + n + " cases");
            total += n;
        }
        assertTrue(total >= 100, "corpus of " + total);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvCases")
    void csvFile(Path file) throws IOException {
        Path good = Files.writeString(tmp.resolve("good.csv"), "x,y\n0,0\n1,1\n");
        CliRunner.Result r = CliRunner.run("metrics", "--particles", file.toString(), "--targets", good.toString());
        assertOneBoundedLine(r, file);
        assertPointsAt(r, file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configCases")
    void configFile(Path file) throws IOException {
        CliRunner.Result r = CliRunner.run("run", "--config", file.toString(), "--out", tmp.resolve("o").toString());
        assertOneBoundedLine(r, file);
        assertPointsAt(r, file);
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written for bad input");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presetCases")
    void userPresetFile(Path file) throws IOException {
        Path presets = Files.createDirectories(tmp.resolve("home").resolve("presets"));
        Files.copy(file, presets.resolve(file.getFileName()));
        String name = file.getFileName().toString().replace(".json", "");
        CliRunner.Result r = CliRunner.run("run", "--preset", name, "--out", tmp.resolve("o").toString());
        assertOneBoundedLine(r, file);
        assertPointsAt(r, file);
        // the listing still works and reports the file on one escaped line
        CliRunner.Result list = CliRunner.run("presets");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.err().contains("skipped"), list.err());
        assertFalse(list.out().contains("\u001b") || list.err().contains("\u001b"), "no escape sequence printed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argumentCases")
    void commandLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String expect = lines.get(0).substring("#expect ".length());
        List<String> args = new ArrayList<>();
        for (String a : lines.subList(1, lines.size())) {
            args.add(placeholders(a));
        }
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertOneBoundedLine(r, file);
        String mention = placeholders(expect);
        assertTrue(r.err().contains(mention), () -> "'" + r.err().strip() + "' should mention " + mention);
    }

    private String placeholders(String a) throws IOException {
        if (a.contains("${P}") || a.contains("${T}") || a.contains("${P3}")) {
            Files.writeString(tmp.resolve("p.csv"), "x,y\n0,0\n1,0.5\n");
            Files.writeString(tmp.resolve("t.csv"), "x,y\n0.2,0.1\n-1,1\n");
            Files.writeString(tmp.resolve("p3.csv"), "x,y,z\n0,0,0\n1,0.5,1\n");
        }
        if (a.contains("${FILE}")) {
            Files.writeString(tmp.resolve("plain.txt"), "not a directory");
        }
        if (a.contains("${DIR}")) {
            Files.createDirectories(tmp.resolve("adir"));
        }
        if (a.contains("${BLOCKED}")) {
            Files.createDirectories(tmp.resolve("blocked").resolve("final.csv"));
        }
        if (a.contains("${FRAMESFILE}")) {
            Files.createDirectories(tmp.resolve("ff"));
            Files.writeString(tmp.resolve("ff").resolve("frames"), "a file where the frames folder would go");
        }
        return a.replace("${TMP}", tmp.toString()).replace("${P}", tmp.resolve("p.csv").toString())
                .replace("${T}", tmp.resolve("t.csv").toString()).replace("${P3}", tmp.resolve("p3.csv").toString())
                .replace("${FILE}", tmp.resolve("plain.txt").toString()).replace("${DIR}", tmp.resolve("adir").toString())
                .replace("${BLOCKED}", tmp.resolve("blocked").toString())
                .replace("${FRAMESFILE}", tmp.resolve("ff").toString());
    }

    /** Exit 2, exactly one line "error: …", bounded, printable, no trace. */
    static void assertOneBoundedLine(CliRunner.Result r, Path input) {
        String what = input.getFileName().toString();
        assertEquals(2, r.code(), () -> what + ": exit code " + r.code() + ", stderr " + r.err());
        String e = r.err().strip();
        String[] lines = e.split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("error: "), () -> what + ": " + e);
        for (String line : lines) {
            assertTrue(line.startsWith("error: ") || line.startsWith("note: ") || line.startsWith("warning: "),
                    () -> what + ": unexpected stderr line " + line);
        }
        assertEquals(1, e.lines().filter(l -> l.startsWith("error: ")).count(), () -> what + ": " + e);
        assertTrue(last.length() <= MAX_LINE, () -> what + ": error line of " + last.length() + " characters");
        assertFalse(e.contains("Exception") || e.contains("\tat ") || e.contains("OutOfMemory"), () -> what + ": " + e);
        assertTrue(e.chars().noneMatch(c -> c < 0x20 && c != '\n'), () -> what + ": control character in " + e);
    }

    /**
     * The message points at the input: it names the file (with a line, and column where it has one)
     * or its source part — the text before ": " — is something the file contains (a key, a path).
     */
    static void assertPointsAt(CliRunner.Result r, Path file) throws IOException {
        String e = r.err().strip();
        String line = e.lines().filter(l -> l.startsWith("error: ")).findFirst().orElseThrow();
        String body = line.substring("error: ".length());
        if (body.contains(file.getFileName().toString())) {
            return;
        }
        String source = body.substring(0, Math.max(0, body.indexOf(": ")));
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(!source.isEmpty() && content.contains(source.replaceAll(":\\d+(:\\d+)?$", "")),
                () -> file.getFileName() + ": '" + line + "' names neither the file nor anything in it");
    }
}
