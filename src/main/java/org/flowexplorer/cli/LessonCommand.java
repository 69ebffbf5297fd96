package org.flowexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.lesson.Lesson;
import org.flowexplorer.core.lesson.LessonLibrary;
import org.flowexplorer.core.lesson.LessonReader;
import org.flowexplorer.core.lesson.LessonReplay;
import org.flowexplorer.core.replay.ReplayChapter;
import org.flowexplorer.core.replay.ReplayData;
import org.flowexplorer.core.replay.ReplayPage;
import org.flowexplorer.core.sim.RunConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lesson}: lists the lessons ({@code --list}) or renders one ({@code lesson NAME --out DIR},
 * or a lesson file with {@code --file}) to a self-contained {@code DIR/replay.html} with the
 * captions and questions of its slides, for students to review.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the guided lessons, or render one to an HTML replay for students.",
            "Your lessons live in ~/.flow-explorer/lessons/NAME.json (or $FLOW_EXPLORER_HOME/lessons)."})
final class LessonCommand implements Callable<Integer> {
    static final int DEFAULT_FRAMES = 60;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The lesson to render (see --list).")
    String name;

    @Option(names = "--list", description = "List the lessons: built-in, then yours.")
    boolean list;

    @Option(names = "--file", paramLabel = "FILE.json", description = "Render this lesson file instead of a named lesson.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory for replay.html (created if missing).")
    Path out;

    @Option(names = "--frames", paramLabel = "K", description = "Frames per slide. Default: " + DEFAULT_FRAMES + ".")
    int frames = DEFAULT_FRAMES;

    @Option(names = "--set", paramLabel = "key=value",
            description = "Override a configuration key on every slide, e.g. --set particles=300 for a quick draft (repeatable).")
    List<String> sets = List.of();

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PresetLibrary presets = new PresetLibrary(PresetLibrary.defaultUserDirectory());
        LessonLibrary library = new LessonLibrary(LessonLibrary.defaultUserDirectory(), presets);
        if (list) {
            int width = library.all().stream().mapToInt(l -> l.name().length()).max().orElse(10);
            for (Lesson l : library.all()) {
                stdout.printf("%-" + width + "s  %s%s (%d slides)%n", l.name(), l.builtIn() ? "" : "(yours) ", l.title(),
                        l.slides().size());
            }
            library.problems().forEach(p -> err.println("skipped " + p));
            return 0;
        }
        if ((name == null) == (file == null)) {
            throw InputException.forKey("lesson", "give a lesson NAME or --file FILE.json (or --list)");
        }
        if (out == null) {
            throw InputException.forKey("--out", "missing: where should replay.html go?");
        }
        if (frames < 2 || frames > 1000) {
            throw InputException.forKey("--frames", "must be between 2 and 1000, got " + frames);
        }
        Lesson lesson = file != null ? new LessonReader(presets).read(file, file.getFileName().toString(), false)
                : library.require(name);
        ConfigJson json = new ConfigJson();
        lesson.slides().forEach(s -> override(json, s.config())); // a bad --set fails before any slide runs
        OutputDirectory.check(out, "replay.html");
        int t = threads.resolve();
        List<ReplayChapter> chapters = new LessonReplay(frames, t, c -> override(json, c))
                .chapters(lesson, line -> err.println(line));
        byte[] page = new ReplayPage().render(lesson.title(), chapters);
        Path target = OutputDirectory.create(out).resolve("replay.html");
        try {
            AtomicFiles.write(target, o -> o.write(page));
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(target, e);
        }
        int total = chapters.stream().mapToInt(c -> c.frames().size()).sum();
        stdout.printf("lesson %s: %d slides, %d frames, %d bytes, positions within %.2g -> %s%n", lesson.name(),
                chapters.size(), total, Files.size(target), ReplayData.maxError(chapters), target);
        return 0;
    }

    private RunConfig override(ConfigJson json, RunConfig c) {
        RunConfig r = c;
        for (String s : sets) {
            r = json.applySet(r, s);
        }
        return r;
    }
}
