package org.flowexplorer.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of {@code src/main/java} a newcomer can find their way in: every package says what
 * lives there ({@code package-info.java}), no package holds more than 20 source files and no
 * source file is longer than 300 lines. Counted on the files, package-info included.
 */
class SourceLayoutTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final int MAX_FILES = 20;
    private static final int MAX_LINES = 300;
    private static Map<Path, List<Path>> sourcesByPackage;

    @BeforeAll
    static void listSources() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "run from the project folder: " + MAIN.toAbsolutePath());
        try (Stream<Path> files = Files.walk(MAIN)) {
            sourcesByPackage = files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(f -> MAIN.relativize(f.getParent()), TreeMap::new, Collectors.toList()));
        }
        assertTrue(sourcesByPackage.size() > 30, "too few packages found: " + sourcesByPackage.keySet());
    }

    @Test
    void everyPackageHasAPackageInfo() {
        TreeSet<String> missing = new TreeSet<>();
        sourcesByPackage.forEach((pkg, files) -> {
            if (files.stream().noneMatch(f -> f.getFileName().toString().equals("package-info.java"))) {
                missing.add(pkg.toString());
            }
        });
        assertEquals(Set.of(), missing, "packages without a package-info.java saying what lives there");
    }

    @Test
    void noPackageHoldsMoreThanTwentyFiles() {
        Map<String, Integer> tooBig = new TreeMap<>();
        sourcesByPackage.forEach((pkg, files) -> {
            if (files.size() > MAX_FILES) {
                tooBig.put(pkg.toString(), files.size());
            }
        });
        assertEquals(Map.of(), tooBig, "packages over " + MAX_FILES + " source files (split them along a seam)");
    }

    @Test
    void noSourceFileIsLongerThanThreeHundredLines() {
        Map<String, Long> tooLong = new TreeMap<>();
        sourcesByPackage.values().stream().flatMap(List::stream).forEach(f -> {
            long lines = lines(f);
            if (lines > MAX_LINES) {
                tooLong.put(MAIN.relativize(f).toString(), lines);
            }
        });
        assertEquals(Map.of(), tooLong, "source files over " + MAX_LINES + " lines (split them by responsibility)");
    }

    private static long lines(Path f) {
        try (Stream<String> s = Files.lines(f)) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
