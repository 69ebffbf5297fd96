package org.flowexplorer.core.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.data.ImageDataset;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;

/** A slide while its keys are read; {@link #build} turns it into a {@link Slide} or an error at its place. */
final class SlideDraft {
    /** One {@code key: value} of {@code set} or of a change, with where it stands in the file. */
    record Assignment(String key, String text, JsonLocation where) {
    }

    /** One entry of {@code changes}. */
    record Change(int step, List<Assignment> values, JsonLocation where) {
    }

    private final String source;
    private final Path folder;
    private final ConfigJson json = new ConfigJson();
    String title;
    String caption;
    String question = "";
    List<Assignment> set = List.of();
    List<Change> changes = List.of();
    private String preset = LessonReader.DEFAULT_PRESET;
    private JsonLocation presetAt;
    private Integer start;
    private JsonLocation startAt;
    private Integer pause;
    private JsonLocation pauseAt;

    SlideDraft(String source, Path folder) {
        this.source = source;
        this.folder = folder;
    }

    void preset(String name, JsonLocation at) {
        preset = name;
        presetAt = at;
    }

    void start(int step, JsonLocation at) {
        start = step;
        startAt = at;
    }

    void pause(int step, JsonLocation at) {
        pause = step;
        pauseAt = at;
    }

    Slide build(PresetLibrary presets, JsonLocation where) {
        if (title == null || title.isBlank()) {
            throw LessonReader.at(source, where, "a slide needs a \"title\"");
        }
        if (caption == null || caption.isBlank()) {
            throw LessonReader.at(source, where, "a slide needs a \"caption\"");
        }
        RunConfig c = presets.find(preset).map(p -> p.config()).orElseThrow(() -> LessonReader.at(source,
                presetAt == null ? where : presetAt, "unknown preset '" + preset + "' (run 'presets' to list them)"));
        for (Assignment a : set) {
            c = apply(c, a);
        }
        if (pause != null) {
            c = apply(c, new Assignment("steps", Integer.toString(pause), pauseAt));
        }
        c = c.withChanges(resolve(c));
        int s = start == null ? 0 : start;
        if (s > c.steps()) {
            throw LessonReader.at(source, startAt, "start: step " + s + " comes after the pause at step " + c.steps());
        }
        return new Slide(title, caption, question, c, s);
    }

    /** Applies the changes one after another; only the dynamics may change, and before the pause. */
    private List<ParameterChange> resolve(RunConfig base) {
        List<ParameterChange> out = new ArrayList<>();
        RunConfig current = base;
        int last = -1;
        for (Change ch : changes) {
            if (ch.step() <= last) {
                throw LessonReader.at(source, ch.where(), "changes: steps must increase, got " + last + " then " + ch.step());
            }
            if (ch.step() >= base.steps()) {
                throw LessonReader.at(source, ch.where(), "changes: step " + ch.step() + " is not before the pause at step "
                        + base.steps());
            }
            last = ch.step();
            for (Assignment a : ch.values()) {
                RunConfig next = apply(current, a);
                if (!next.withParams(current.params()).equals(current)) {
                    throw LessonReader.at(source, a.where(), "changes: '" + a.key()
                            + "' cannot change during a run (only the dynamics: flow, eta, schedule, sigma_max, "
                            + "sigma_min, schedule_steps, adagrad, target_batch, particle_batch, rho, wp, wq, curl, mmd_noise)");
                }
                current = next;
            }
            out.add(new ParameterChange(ch.step(), current.params()));
        }
        return out;
    }

    private RunConfig apply(RunConfig c, Assignment a) {
        try {
            return json.applySet(c, a.key() + "=" + local(a));
        } catch (InputException e) {
            throw LessonReader.at(source, a.where(), a.key() + ": " + e.problem());
        }
    }

    /** A relative {@code csv:} or {@code image:} path of a lesson file is taken from the lesson's folder. */
    private String local(Assignment a) {
        String v = a.text();
        if (!a.key().equals("dataset") || folder == null) {
            return v;
        }
        for (String prefix : List.of(DatasetCatalog.CSV_PREFIX, ImageDataset.PREFIX)) {
            if (v.startsWith(prefix) && !v.startsWith(ImageDataset.PREFIX + ImageDataset.BUILTIN)) {
                String path = v.substring(prefix.length());
                try {
                    if (!path.isBlank() && !Path.of(path).isAbsolute()) {
                        return prefix + folder.resolve(path);
                    }
                } catch (InvalidPathException e) {
                    return v; // not a path at all: reading the dataset will say so
                }
            }
        }
        return v;
    }
}
