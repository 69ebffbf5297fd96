package org.flowexplorer.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowexplorer.core.data.InputException;

/**
 * The built-in presets, stored as JSON resources under {@code org/flowexplorer/presets/} (listed
 * in order by {@code index.txt}) in the same format as a configuration file plus {@code name} and
 * {@code description}.
 */
public final class PresetLibrary {
    private static final String ROOT = "/org/flowexplorer/presets/";
    private final ConfigJson json = new ConfigJson();
    private final List<Preset> presets;

    public PresetLibrary() {
        this.presets = List.copyOf(loadBuiltIns());
    }

    /** All presets in menu order. */
    public List<Preset> all() {
        return presets;
    }

    /** The preset with this name, if any. */
    public Optional<Preset> find(String name) {
        return presets.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The preset with this name, or an InputException listing the known names. */
    public Preset require(String name) {
        return find(name).orElseThrow(() -> InputException.forKey("--preset",
                "unknown preset '" + name + "' (run the 'presets' command to list them)"));
    }

    /** Parses preset text (a configuration with name and description). */
    public Preset parse(String text, String source, boolean builtIn) {
        try {
            JsonNode node = new ObjectMapper().readTree(text);
            String name = node.path("name").asText("");
            if (name.isBlank()) {
                throw new InputException(source, 0, 0, "a preset needs a \"name\"");
            }
            String description = node.path("description").asText("");
            return new Preset(name, description, json.parse(text, source), builtIn);
        } catch (IOException e) {
            // malformed JSON: let the configuration parser report line and column
            json.parse(text, source);
            throw new InputException(source, 0, 0, "malformed JSON");
        }
    }

    private List<Preset> loadBuiltIns() {
        List<Preset> out = new ArrayList<>();
        for (String line : resource("index.txt").split("\\R")) {
            String name = line.trim();
            if (!name.isEmpty()) {
                out.add(parse(resource(name + ".json"), "preset " + name, true));
            }
        }
        return out;
    }

    private static String resource(String file) {
        try (InputStream in = PresetLibrary.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + ROOT + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in resource " + ROOT + file, e);
        }
    }
}
