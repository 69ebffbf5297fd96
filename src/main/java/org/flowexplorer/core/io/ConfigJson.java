package org.flowexplorer.core.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.Utf8Text;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Reads and writes a {@link RunConfig} as one flat JSON object (keys in {@link ConfigKey}), with
 * errors that name the file, line, column and key. Missing keys take the defaults of
 * ALGORITHMS.md §3; unknown or duplicate keys are errors, so a typo never silently changes a run.
 * Every problem with the input is an {@link InputException} (the one error type callers catch);
 * messages quote the input only as a short escaped excerpt.
 */
public final class ConfigJson {
    /** The format this version writes and reads. */
    public static final String FORMAT = "flow-explorer/1";
    /** Largest configuration file read (80,000 recorded changes take about 3 MB). */
    public static final long MAX_BYTES = 32L << 20;
    private final JsonFactory factory = JsonFactory.builder()
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(Excerpt.SHORT)
                    .maxRawContentLength(0).build())
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1 << 16).maxNestingDepth(64).build())
            .build();
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Reads a configuration file. A relative {@code csv:} path in it is taken relative to the
     * file's own folder (where a hand-written configuration keeps its data), else to the working
     * directory (configurations written before paths were stored absolute).
     */
    public RunConfig read(Path file) {
        return readFile(file).config();
    }

    /** Reads a configuration file with its look (view keys, see {@link ViewKey}), if it has one. */
    public RunFile readFile(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name, 0, 0, "is a directory, expected a JSON configuration file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(name, 0, 0, "no such file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputException(name, 0, 0, "is larger than " + (MAX_BYTES >> 20)
                        + " MB, the limit of a configuration file");
            }
            RunFile f = parseFile(Utf8Text.decode(Files.readAllBytes(file), name), name);
            return f.withConfig(DatasetFiles.resolveRelative(f.config(), file.toAbsolutePath().getParent()));
        } catch (IOException | SecurityException e) {
            throw new InputException(name, 0, 0, "cannot read: " + Excerpt.of(String.valueOf(e.getMessage()), 80));
        }
    }

    /** Parses configuration text; {@code source} names it in error messages. */
    public RunConfig parse(String json, String source) {
        return parseFile(json, source).config();
    }

    /** Parses configuration text with its look (view keys, see {@link ViewKey}), if it has one. */
    public RunFile parseFile(String json, String source) {
        ConfigDraft draft = new ConfigDraft();
        RenderOptions view = null;
        List<ChangeListJson.Raw> changes = List.of();
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(source, 1, 1, "empty file, expected a JSON object");
            }
            if (first != JsonToken.START_OBJECT) {
                throw JsonValues.at(source, p.currentTokenLocation(), "expected a JSON object {...}");
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation where = p.currentTokenLocation();
                if (!seen.add(name)) {
                    throw JsonValues.at(source, where, "duplicate key '" + Excerpt.of(name) + "'");
                }
                p.nextToken();
                if (name.equals(ChangeListJson.KEY)) {
                    changes = ChangeListJson.read(p, source);
                    continue;
                }
                if (name.equals("format")) {
                    if (p.currentToken() != JsonToken.VALUE_STRING || !FORMAT.equals(p.getText())) {
                        throw JsonValues.at(source, p.currentTokenLocation(), "format: this version reads \"" + FORMAT + "\", got "
                                + Excerpt.of(p.getText()) + " (written by a newer flow-explorer?)");
                    }
                    continue;
                }
                if (ConfigKey.METADATA.contains(name)) {
                    p.skipChildren();
                    continue;
                }
                ViewKey look = ViewKey.byName(name);
                if (look != null) {
                    view = readView(p, look, view == null ? RenderOptions.defaults() : view, source);
                    continue;
                }
                ConfigKey key = ConfigKey.byName(name);
                if (key == null) {
                    throw JsonValues.at(source, where, "unknown key '" + Excerpt.of(name) + "' (known keys: " + ConfigKey.allNames()
                            + "; view: " + ViewKey.allNames() + ")");
                }
                Object value = JsonValues.read(p, key, source);
                try {
                    key.apply(draft, value);
                } catch (IllegalArgumentException e) {
                    throw JsonValues.at(source, p.currentTokenLocation(), name + ": " + e.getMessage());
                }
            }
            if (p.nextToken() != null) {
                throw JsonValues.at(source, p.currentTokenLocation(), "unexpected content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "malformed JSON: " + Excerpt.of(e.getOriginalMessage(), 120));
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage());
        }
        return new RunFile(ChangeListJson.resolve(build(draft, source), changes, source), view);
    }

    private static RenderOptions readView(JsonParser p, ViewKey key, RenderOptions view, String source)
            throws IOException {
        Object value = JsonValues.read(p, key.type, key.key, source);
        try {
            return key.apply(view, value);
        } catch (IllegalArgumentException e) {
            throw JsonValues.at(source, p.currentTokenLocation(), key.key + ": " + e.getMessage());
        }
    }

    static RunConfig build(ConfigDraft draft, String source) {
        try {
            return draft.build();
        } catch (IllegalArgumentException e) {
            throw new InputException(source, 0, 0, e.getMessage());
        }
    }


    /**
     * Applies one {@code key=value} override (the CLI's {@code --set}); see {@link ConfigOverride}.
     * The configuration's recorded changes are kept.
     */
    public RunConfig applySet(RunConfig config, String assignment) {
        return ConfigOverride.apply(config, assignment);
    }

    /**
     * Applies {@code key=value} overrides in order; the recorded changes are re-applied once at the
     * end, so each keeps setting its keys at its step whatever the overrides did.
     */
    public RunConfig applySets(RunConfig config, java.util.List<String> assignments) {
        return ConfigOverride.applyAll(config, assignments);
    }

    /**
     * The step of the first recorded change that sets the dynamics key {@code key} again, if any:
     * an override of that key ends there (the CLI says so).
     */
    public java.util.OptionalInt firstChangeSetting(RunConfig config, String key) {
        return ConfigOverride.firstChangeSetting(config, key);
    }

    /**
     * Applies one {@code key=value} override to a configuration file's run or, for a view key, to its
     * look (which then exists even if the file had none).
     */
    public RunFile applySet(RunFile file, String assignment) {
        int eq = assignment.indexOf('=');
        ViewKey look = eq <= 0 ? null : ViewKey.byName(assignment.substring(0, eq).trim());
        if (look == null) {
            return file.withConfig(applySet(file.config(), assignment));
        }
        try {
            return file.withView(look.apply(file.viewOrDefaults(), ConfigOverride.parse(look.type,
                    assignment.substring(eq + 1).trim())));
        } catch (IllegalArgumentException e) {
            throw InputException.forKey("--set " + look.key, e.getMessage());
        }
    }

    /** True when {@code assignment} ({@code key=value}) sets a view key. */
    public boolean setsView(String assignment) {
        int eq = assignment.indexOf('=');
        return eq > 0 && ViewKey.byName(assignment.substring(0, eq).trim()) != null;
    }

    /** The configuration as pretty-printed JSON with every key, in a stable order. */
    public String write(RunConfig config) {
        return write(mapper.createObjectNode(), config, null);
    }

    /** A configuration file: the run's keys, then the view keys of its look (none when null). */
    public String write(RunFile file) {
        return write(mapper.createObjectNode(), file.config(), file.view());
    }

    /**
     * The facts of one frame of {@code config} as one line of JSON (PNG frames carry it): its step,
     * the run's length, the σ of the step taken from it and every dynamics key in force at it
     * ({@link RunConfig#paramsAt}), so a frame names the flow of a steered run at that step.
     */
    public String writeFrame(RunConfig config, long step, double sigma) {
        ConfigDraft d = ConfigDraft.from(config.withParams(config.paramsAt(step)));
        ObjectNode o = mapper.createObjectNode();
        o.put("step", step);
        o.put("steps", config.steps());
        o.put("sigma", sigma);
        for (ConfigKey k : ConfigKey.values()) {
            if (k.dynamic()) {
                ChangeListJson.put(o, k.key, k.get(d));
            }
        }
        return o.toString();
    }

    /** A preset file: {@code name} and {@code description} followed by the configuration. */
    public String writePreset(Preset preset) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", preset.name());
        o.put("description", preset.description());
        return write(o, preset.config(), preset.view());
    }

    private String write(ObjectNode o, RunConfig config, RenderOptions view) {
        ConfigDraft d = ConfigDraft.from(config);
        o.put("format", FORMAT);
        for (ConfigKey k : ConfigKey.values()) { // every key, in the order of ConfigKey
            if (k == ConfigKey.DATASET) {
                o.put(k.key, DatasetFiles.absolute(d.dataset));
            } else if (k != ConfigKey.DATASET_SHA256 || d.datasetSha256 != null) {
                ChangeListJson.put(o, k.key, k.get(d));
            }
        }
        if (view != null) {
            for (ViewKey k : ViewKey.values()) {
                ChangeListJson.put(o, k.key, k.get(view));
            }
        }
        if (!config.changes().isEmpty()) {
            ChangeListJson.write(o.putArray(ChangeListJson.KEY), config);
        }
        try {
            return mapper.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a configuration", e);
        }
    }
}
