package org.flowexplorer.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Reads and writes a {@link RunConfig} as one flat JSON object (keys in {@link ConfigKey}), with
 * errors that name the file, line, column and key. Missing keys take the defaults of
 * ALGORITHMS.md §3; unknown or duplicate keys are errors, so a typo never silently changes a run.
 */
public final class ConfigJson {
    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Reads a configuration file. */
    public RunConfig read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name, 0, 0, "is a directory, expected a JSON configuration file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(name, 0, 0, "no such file");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new InputException(name, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Parses configuration text; {@code source} names it in error messages. */
    public RunConfig parse(String json, String source) {
        ConfigDraft draft = new ConfigDraft();
        List<ChangeListJson.Raw> changes = List.of();
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(source, 1, 1, "empty file, expected a JSON object");
            }
            if (first != JsonToken.START_OBJECT) {
                throw at(source, p.currentTokenLocation(), "expected a JSON object {...}");
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation where = p.currentTokenLocation();
                if (!seen.add(name)) {
                    throw at(source, where, "duplicate key '" + name + "'");
                }
                p.nextToken();
                if (name.equals(ChangeListJson.KEY)) {
                    changes = ChangeListJson.read(p, source);
                    continue;
                }
                if (ConfigKey.METADATA.contains(name)) {
                    p.skipChildren();
                    continue;
                }
                ConfigKey key = ConfigKey.byName(name);
                if (key == null) {
                    throw at(source, where, "unknown key '" + name + "' (known keys: " + ConfigKey.allNames() + ")");
                }
                Object value = readValue(p, key, source);
                try {
                    key.apply(draft, value);
                } catch (IllegalArgumentException e) {
                    throw at(source, p.currentTokenLocation(), name + ": " + e.getMessage());
                }
            }
            if (p.nextToken() != null) {
                throw at(source, p.currentTokenLocation(), "unexpected content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage());
        }
        return ChangeListJson.resolve(build(draft, source), changes, source);
    }

    private static RunConfig build(ConfigDraft draft, String source) {
        try {
            return draft.build();
        } catch (IllegalArgumentException e) {
            throw new InputException(source, 0, 0, e.getMessage());
        }
    }

    static Object readValue(JsonParser p, ConfigKey key, String source) throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation where = p.currentTokenLocation();
        switch (key.type) {
            case STRING:
                if (t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                throw at(source, where, key.key + ": expected a string");
            case BOOLEAN:
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return p.getBooleanValue();
                }
                throw at(source, where, key.key + ": expected true or false");
            case INT:
            case LONG:
                if (t != JsonToken.VALUE_NUMBER_INT) {
                    throw at(source, where, key.key + ": expected a whole number");
                }
                if (key.type == ConfigKey.Type.INT) {
                    if (p.getNumberType() != JsonParser.NumberType.INT) {
                        throw at(source, where, key.key + ": number out of range");
                    }
                    return p.getIntValue();
                }
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw at(source, where, key.key + ": number out of range");
                }
                return p.getLongValue();
            default:
                if (t == JsonToken.VALUE_NULL && key.type == ConfigKey.Type.NULLABLE_DOUBLE) {
                    return null;
                }
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw at(source, where, key.key + ": expected a number");
                }
                double v = p.getDoubleValue();
                if (!Double.isFinite(v)) {
                    throw at(source, where, key.key + ": number is not finite: " + p.getText());
                }
                return v;
        }
    }

    /** An error at a parser location (file, line, column). */
    static InputException at(String source, JsonLocation loc, String message) {
        return new InputException(source, loc.getLineNr(), loc.getColumnNr(), message);
    }

    /**
     * Applies one {@code key=value} override (the CLI's {@code --set}); the value is parsed by the
     * key's type and the result validated.
     */
    public RunConfig applySet(RunConfig config, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw InputException.forKey("--set " + assignment, "expected key=value");
        }
        String name = assignment.substring(0, eq).trim();
        String raw = assignment.substring(eq + 1).trim();
        ConfigKey key = ConfigKey.byName(name);
        if (key == null) {
            throw InputException.forKey("--set " + name, "unknown key '" + name + "' (known keys: " + ConfigKey.allNames() + ")");
        }
        ConfigDraft draft = ConfigDraft.from(config);
        try {
            key.apply(draft, parseText(key, raw));
        } catch (IllegalArgumentException e) {
            throw InputException.forKey("--set " + name, e.getMessage());
        }
        return build(draft, "--set " + name);
    }

    private static Object parseText(ConfigKey key, String raw) {
        try {
            switch (key.type) {
                case STRING:
                    if (raw.isEmpty()) {
                        throw new IllegalArgumentException("empty value");
                    }
                    return raw;
                case BOOLEAN:
                    if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
                        return Boolean.parseBoolean(raw);
                    }
                    throw new IllegalArgumentException("expected true or false, got '" + raw + "'");
                case INT:
                    return Integer.parseInt(raw);
                case LONG:
                    return Long.parseLong(raw);
                default:
                    if (key.type == ConfigKey.Type.NULLABLE_DOUBLE && (raw.isEmpty() || raw.equals("null"))) {
                        return null;
                    }
                    double v = Double.parseDouble(raw);
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("expected a finite number, got '" + raw + "'");
                    }
                    return v;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + (key.type == ConfigKey.Type.INT || key.type == ConfigKey.Type.LONG
                    ? "a whole number" : "a number") + ", got '" + raw + "'");
        }
    }

    /** The configuration as pretty-printed JSON with every key, in a stable order. */
    public String write(RunConfig config) {
        return write(mapper.createObjectNode(), config);
    }

    /** A preset file: {@code name} and {@code description} followed by the configuration. */
    public String writePreset(Preset preset) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", preset.name());
        o.put("description", preset.description());
        return write(o, preset.config());
    }

    private String write(ObjectNode o, RunConfig config) {
        ConfigDraft d = ConfigDraft.from(config);
        o.put("format", "flow-explorer/1");
        o.put("dataset", d.dataset);
        o.put("base", d.base);
        o.put("particles", d.particles);
        o.put("targets", d.targets);
        o.put("seed", d.seed);
        o.put("steps", d.steps);
        o.put("flow", d.flow.id());
        o.put("eta", d.eta);
        o.put("schedule", d.schedule.id());
        o.put("sigma_max", d.sigmaMax);
        o.put("sigma_min", d.sigmaMin);
        o.put("schedule_steps", d.scheduleSteps);
        o.put("adagrad", d.adagrad);
        o.put("target_batch", d.targetBatch);
        o.put("particle_batch", d.particleBatch);
        o.put("rho", d.rho);
        o.put("wp", d.wp);
        o.put("wq", d.wq);
        o.put("curl", d.curl);
        o.put("mmd_noise", d.mmdNoise);
        o.put("q_self", d.qSelf.id());
        o.put("kernel", d.kernel.id());
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
