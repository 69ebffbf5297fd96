package org.flowexplorer.core.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Reads a lesson file ({@value #FORMAT}, documented in the README): one JSON object with
 * {@code title}, optional {@code description} and {@code slides}, each slide with {@code title},
 * {@code caption}, optional {@code question}, the configuration to start from ({@code preset},
 * default {@value #DEFAULT_PRESET}, then {@code set}: configuration keys and values), optional
 * {@code changes} ({@code [{"step": k, key: value, …}]}, dynamics only), {@code start} (the step the
 * slide opens at, default 0) and {@code pause} (where the run stops for the question, default the
 * configuration's {@code steps}). Every problem is an {@link InputException} at file:line:column.
 */
public final class LessonReader {
    /** The format id a lesson file may declare. */
    public static final String FORMAT = "flow-explorer-lesson/1";
    /** The preset a slide starts from when it names none. */
    public static final String DEFAULT_PRESET = "25gaussians-sd";
    private static final List<String> ROOT_KEYS = List.of("format", "title", "description", "slides");
    private static final List<String> SLIDE_KEYS =
            List.of("title", "caption", "question", "preset", "set", "changes", "start", "pause");
    private final JsonFactory factory = new JsonFactory();
    private final PresetLibrary presets;

    /** @param presets where slides find the presets they name */
    public LessonReader(PresetLibrary presets) {
        this.presets = presets;
    }

    /** Reads a lesson file; relative {@code csv:} and {@code image:} paths are taken from its folder. */
    public Lesson read(Path file, String name, boolean builtIn) {
        String source = file.toString();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), source, name, builtIn, file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Parses lesson text; {@code source} names it in errors, {@code folder} (may be null) is where
     * relative data paths are resolved.
     */
    public Lesson parse(String text, String source, String name, boolean builtIn, Path folder) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser p = factory.createParser(t)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw at(source, p.currentTokenLocation(), "expected a JSON object {\"title\": …, \"slides\": […]}");
            }
            JsonLocation root = p.currentTokenLocation();
            String title = null;
            String description = "";
            List<Slide> slides = null;
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = field(p, seen, ROOT_KEYS, source);
                switch (key) {
                    case "format" -> {
                        JsonLocation where = p.currentTokenLocation();
                        if (!FORMAT.equals(string(p, source, key))) {
                            throw at(source, where, "format: expected \"" + FORMAT + "\"");
                        }
                    }
                    case "title" -> title = string(p, source, key);
                    case "description" -> description = string(p, source, key);
                    default -> slides = slides(p, source, folder);
                }
            }
            if (p.nextToken() != null) {
                throw at(source, p.currentTokenLocation(), "unexpected content after the lesson object");
            }
            if (title == null || title.isBlank()) {
                throw at(source, root, "a lesson needs a \"title\"");
            }
            if (slides == null || slides.isEmpty()) {
                throw at(source, root, "a lesson needs \"slides\": [ … ] with at least one slide");
            }
            return new Lesson(name, title, description, slides, builtIn);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private List<Slide> slides(JsonParser p, String source, Path folder) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw at(source, p.currentTokenLocation(), "slides: expected an array of slide objects");
        }
        List<Slide> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw at(source, p.currentTokenLocation(), "slides: expected a slide object {\"title\": …, \"caption\": …}");
            }
            out.add(slide(p, source, folder));
        }
        return out;
    }

    private Slide slide(JsonParser p, String source, Path folder) throws IOException {
        JsonLocation where = p.currentTokenLocation();
        SlideDraft d = new SlideDraft(source, folder);
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = field(p, seen, SLIDE_KEYS, source);
            JsonLocation at = p.currentTokenLocation();
            switch (key) {
                case "title" -> d.title = string(p, source, key);
                case "caption" -> d.caption = string(p, source, key);
                case "question" -> d.question = string(p, source, key);
                case "preset" -> d.preset(string(p, source, key), at);
                case "set" -> d.set = assignments(p, source, key);
                case "changes" -> d.changes = changes(p, source);
                case "start" -> d.start(wholeNumber(p, source, key), at);
                default -> d.pause(wholeNumber(p, source, key), at);
            }
        }
        return d.build(presets, where);
    }

    private static List<SlideDraft.Assignment> assignments(JsonParser p, String source, String key) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw at(source, p.currentTokenLocation(), key + ": expected an object of configuration keys, e.g. {\"flow\": \"mmd\"}");
        }
        List<SlideDraft.Assignment> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            if (!seen.add(name)) {
                throw at(source, at, key + ": duplicate key '" + name + "'");
            }
            out.add(new SlideDraft.Assignment(name, scalar(p, source, name), at));
        }
        return out;
    }

    private static List<SlideDraft.Change> changes(JsonParser p, String source) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw at(source, p.currentTokenLocation(), "changes: expected an array of {\"step\": k, …} objects");
        }
        List<SlideDraft.Change> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonLocation where = p.currentTokenLocation();
            List<SlideDraft.Assignment> values = assignments(p, source, "changes");
            SlideDraft.Assignment step = values.stream().filter(a -> a.key().equals("step")).findFirst()
                    .orElseThrow(() -> at(source, where, "changes: each change needs a \"step\""));
            int k;
            try {
                k = Integer.parseInt(step.text());
            } catch (NumberFormatException e) {
                throw at(source, step.where(), "changes: step must be a non-negative whole number");
            }
            if (k < 0) {
                throw at(source, step.where(), "changes: step must be a non-negative whole number");
            }
            values.remove(step);
            out.add(new SlideDraft.Change(k, values, where));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw at(source, p.currentTokenLocation(), "changes: expected an array of {\"step\": k, …} objects");
        }
        return out;
    }

    private static String field(JsonParser p, Set<String> seen, List<String> known, String source) throws IOException {
        String key = p.currentName();
        JsonLocation where = p.currentTokenLocation();
        if (!seen.add(key)) {
            throw at(source, where, "duplicate key '" + key + "'");
        }
        if (!known.contains(key)) {
            throw at(source, where, "unknown key '" + key + "' (known: " + String.join(", ", known) + ")");
        }
        p.nextToken();
        return key;
    }

    private static String string(JsonParser p, String source, String key) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw at(source, p.currentTokenLocation(), key + ": expected a string");
        }
        return p.getText();
    }

    private static int wholeNumber(JsonParser p, String source, String key) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() < 0) {
            throw at(source, p.currentTokenLocation(), key + ": expected a non-negative whole number");
        }
        return p.getIntValue();
    }

    /** A configuration value as the text {@code --set key=value} takes. */
    private static String scalar(JsonParser p, String source, String key) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE || t == JsonToken.VALUE_NULL) {
            return p.getText();
        }
        throw at(source, p.currentTokenLocation(), key + ": expected a string, number, true, false or null");
    }

    static InputException at(String source, JsonLocation loc, String message) {
        return new InputException(source, loc.getLineNr(), loc.getColumnNr(), message);
    }
}
