package org.flowexplorer.core.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.BuiltInResources;
import org.flowexplorer.core.io.PresetLibrary;

/**
 * The lessons: the built-in ones (resources {@code org/flowexplorer/lessons/NAME.json}, in the
 * order of {@code index.txt}), then the user's, one {@code NAME.json} each in
 * {@code HOME/lessons} (see {@link #defaultUserDirectory()}). A user file that cannot be read is
 * reported in {@link #problems()} with file:line:column and skipped; the others still load.
 */
public final class LessonLibrary {
    private static final BuiltInResources BUILT_IN = new BuiltInResources("/org/flowexplorer/lessons/");
    private final List<Lesson> lessons;
    private final List<String> problems = new ArrayList<>();

    /** The built-in lessons and those in {@code userDirectory} (may be null or missing). */
    public LessonLibrary(Path userDirectory, PresetLibrary presets) {
        LessonReader reader = new LessonReader(presets);
        List<Lesson> all = new ArrayList<>();
        for (String name : BUILT_IN.index()) {
            all.add(reader.parse(BUILT_IN.text(name + ".json"), "lesson " + name, name, true, null));
        }
        for (Path f : userFiles(userDirectory)) {
            String file = f.getFileName().toString();
            String name = file.substring(0, file.length() - ".json".length());
            if (all.stream().anyMatch(l -> l.name().equals(name))) {
                problems.add(f + ": the name '" + name + "' is taken by a built-in lesson; rename the file");
                continue;
            }
            try {
                all.add(reader.read(f, name, false));
            } catch (InputException e) {
                problems.add(e.getMessage());
            }
        }
        this.lessons = List.copyOf(all);
    }

    /** {@code HOME/lessons}, beside the user presets ({@code FLOW_EXPLORER_HOME} or {@code ~/.flow-explorer}). */
    public static Path defaultUserDirectory() {
        return PresetLibrary.defaultUserDirectory().getParent().resolve("lessons");
    }

    /** Every lesson, built-in first. */
    public List<Lesson> all() {
        return lessons;
    }

    /** One line per user lesson file that could not be loaded (file:line:column: problem). */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public Optional<Lesson> find(String name) {
        return lessons.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The lesson with this name, or an {@link InputException} that says how to list them. */
    public Lesson require(String name) {
        return find(name).orElseThrow(() -> InputException.forKey("lesson",
                "unknown lesson '" + name + "' (run 'lesson --list' to list them)"));
    }

    private List<Path> userFiles(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.add(dir + ": cannot list lessons: " + e.getMessage());
            return List.of();
        }
    }
}
