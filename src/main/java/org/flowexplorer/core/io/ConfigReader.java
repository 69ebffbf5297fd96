package org.flowexplorer.core.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Parses the text of a configuration: one flat JSON object read token by token, so every error
 * names the line, column and key where it stands. Checks the format, rejects unknown and duplicate
 * keys, reads the view keys into a look and the {@code "changes"} list through {@link ChangeListJson}.
 */
final class ConfigReader {
    private final JsonFactory factory = JsonFactory.builder()
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(Excerpt.SHORT)
                    .maxRawContentLength(0).build())
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1 << 16).maxNestingDepth(64).build())
            .build();

    /** Parses configuration text with its look, if it has one; {@code source} names it in errors. */
    RunFile parse(String json, String source) {
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
                throw at(source, p.currentTokenLocation(), "expected a JSON object {...}");
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation where = p.currentTokenLocation();
                if (!seen.add(name)) {
                    throw at(source, where, "duplicate key '" + Excerpt.of(name) + "'");
                }
                p.nextToken();
                if (name.equals(ChangeListJson.KEY)) {
                    changes = ChangeListJson.read(p, source);
                    continue;
                }
                if (name.equals("format")) {
                    if (p.currentToken() != JsonToken.VALUE_STRING || !ConfigJson.FORMAT.equals(p.getText())) {
                        throw at(source, p.currentTokenLocation(), "format: this version reads \"" + ConfigJson.FORMAT + "\", got "
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
                    throw at(source, where, "unknown key '" + Excerpt.of(name) + "' (known keys: " + ConfigKey.allNames()
                            + "; view: " + ViewKey.allNames() + ")");
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
                    "malformed JSON: " + Excerpt.of(e.getOriginalMessage(), 120));
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage());
        }
        return new RunFile(ChangeListJson.resolve(build(draft, source), changes, source), view);
    }

    private static RenderOptions readView(JsonParser p, ViewKey key, RenderOptions view, String source)
            throws IOException {
        Object value = readValue(p, key.type, key.key, source);
        try {
            return key.apply(view, value);
        } catch (IllegalArgumentException e) {
            throw at(source, p.currentTokenLocation(), key.key + ": " + e.getMessage());
        }
    }

    static RunConfig build(ConfigDraft draft, String source) {
        try {
            return draft.build();
        } catch (IllegalArgumentException e) {
            throw new InputException(source, 0, 0, e.getMessage());
        }
    }

    static Object readValue(JsonParser p, ConfigKey key, String source) throws IOException {
        return readValue(p, key.type, key.key, source);
    }

    /** Reads the current value as {@code type}; errors name {@code name} and the position. */
    static Object readValue(JsonParser p, ConfigKey.Type type, String name, String source) throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation where = p.currentTokenLocation();
        switch (type) {
            case STRING:
                if (t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                throw at(source, where, name + ": expected a string");
            case BOOLEAN:
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return p.getBooleanValue();
                }
                throw at(source, where, name + ": expected true or false");
            case INT:
            case LONG:
                if (t != JsonToken.VALUE_NUMBER_INT) {
                    throw at(source, where, name + ": expected a whole number");
                }
                if (type == ConfigKey.Type.INT) {
                    if (p.getNumberType() != JsonParser.NumberType.INT) {
                        throw at(source, where, name + ": number out of range");
                    }
                    return p.getIntValue();
                }
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw at(source, where, name + ": number out of range");
                }
                return p.getLongValue();
            default:
                if (t == JsonToken.VALUE_NULL && type == ConfigKey.Type.NULLABLE_DOUBLE) {
                    return null;
                }
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw at(source, where, name + ": expected a number");
                }
                double v = p.getDoubleValue();
                if (!Double.isFinite(v)) {
                    throw at(source, where, name + ": number is not finite: " + Excerpt.of(p.getText()));
                }
                return v;
        }
    }

    /** An error at a parser location (file, line, column). */
    static InputException at(String source, JsonLocation loc, String message) {
        return new InputException(source, loc.getLineNr(), loc.getColumnNr(), message);
    }
}
