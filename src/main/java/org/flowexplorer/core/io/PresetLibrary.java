package org.flowexplorer.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.data.Utf8Text;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The presets: built-in ones stored as JSON resources under {@code org/flowexplorer/presets/}
 * (listed in order by {@code index.txt}), then the user's own, one {@code NAME.json} file each in a
 * user directory (see {@link #defaultUserDirectory()}). Both use the configuration file format
 * plus {@code name} and {@code description}. A broken user file is reported in {@link #problems()}
 * and skipped, so one bad file never hides the others.
 */
public final class PresetLibrary {
    private static final BuiltInResources BUILT_IN = new BuiltInResources("/org/flowexplorer/presets/");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Longest description: one line in a list or a menu. */
    public static final int MAX_DESCRIPTION = 200;
    private final ConfigJson json = new ConfigJson();
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<Preset> presets;
    private final List<String> problems = new ArrayList<>();
    /** The error of each user file that failed to load, by file name without ".json". */
    private final java.util.Map<String, InputException> broken = new java.util.HashMap<>();
    private final Path userDirectory;

    /** The built-in presets only. */
    public PresetLibrary() {
        this(null);
    }

    /** The built-in presets and the user presets in {@code userDirectory} (may be null or missing). */
    public PresetLibrary(Path userDirectory) {
        this.userDirectory = userDirectory;
        List<Preset> all = loadBuiltIns();
        if (userDirectory != null) {
            for (Preset p : loadUserPresets(userDirectory)) {
                if (all.stream().anyMatch(b -> b.name().equals(p.name()))) {
                    problems.add(new InputException(userDirectory.resolve(p.name() + ".json").toString(), 0, 0,
                            "the name is taken by a built-in preset").getMessage());
                } else {
                    all.add(p);
                }
            }
        }
        this.presets = List.copyOf(all);
    }

    /**
     * Where user presets live: {@code HOME/presets} with HOME the system property
     * {@code flowexplorer.home}, else the environment variable {@code FLOW_EXPLORER_HOME}, else
     * {@code ~/.flow-explorer}.
     */
    public static Path defaultUserDirectory() {
        return UserHome.root().resolve("presets");
    }

    /** One line per user preset file that could not be loaded. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * Saves a user preset as {@code NAME.json} in the user directory (created if needed), atomically;
     * returns the file. Names are letters, digits, '.', '_' and '-'; built-in names are refused.
     */
    public Path save(Preset preset) throws IOException {
        if (userDirectory == null) {
            throw new IllegalStateException("this library has no user directory");
        }
        if (!NAME.matcher(preset.name()).matches()) {
            throw InputException.forKey("name", "'" + Excerpt.of(preset.name())
                    + "' is not a valid preset name (letters, digits, '.', '_', '-'; at most 64)");
        }
        String d = preset.description();
        if (d.length() > MAX_DESCRIPTION || d.chars().anyMatch(Character::isISOControl)) {
            throw InputException.forKey("description", "must be one line of at most " + MAX_DESCRIPTION + " characters");
        }
        if (find(preset.name()).filter(Preset::builtIn).isPresent()) {
            throw InputException.forKey("name", "'" + preset.name() + "' is a built-in preset; choose another name");
        }
        Files.createDirectories(userDirectory);
        Path file = userDirectory.resolve(preset.name() + ".json");
        String text = json.writePreset(new Preset(preset.name(), preset.description(), preset.config(), false));
        AtomicFiles.write(file, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        return file;
    }

    private List<Preset> loadUserPresets(Path dir) {
        List<Preset> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            problems.add(new InputException(dir.toString(), 0, 0, "cannot list user presets: " + e.getMessage()).getMessage());
            return out;
        }
        for (Path f : files) {
            try {
                if (Files.size(f) > ConfigJson.MAX_BYTES) {
                    throw new InputException(f.toString(), 0, 0, "is larger than " + (ConfigJson.MAX_BYTES >> 20) + " MB");
                }
                Preset p = parse(Utf8Text.decode(Files.readAllBytes(f), f.toString()), f.toString(), false);
                if (out.stream().anyMatch(q -> q.name().equals(p.name()))) {
                    problems.add(new InputException(f.toString(), 0, 0, "duplicate preset name '" + p.name() + "'")
                            .getMessage());
                } else {
                    out.add(p);
                }
            } catch (InputException e) {
                fail(f, e);
            } catch (IOException | SecurityException e) {
                fail(f, new InputException(f.toString(), 0, 0, "cannot read: " + e.getMessage()));
            }
        }
        return out;
    }

    private void fail(Path file, InputException e) {
        problems.add(e.getMessage());
        String n = file.getFileName().toString();
        broken.put(n.substring(0, n.length() - ".json".length()), e);
    }

    /** All presets in menu order. */
    public List<Preset> all() {
        return presets;
    }

    /** The preset with this name, if any. */
    public Optional<Preset> find(String name) {
        return presets.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The preset with this name, or an InputException: the user file {@code NAME.json}'s own error
     * (file:line:column) when that file is broken, else "unknown preset".
     */
    public Preset require(String name) {
        if (find(name).isEmpty() && broken.containsKey(name)) {
            throw broken.get(name);
        }
        return find(name).orElseThrow(() -> InputException.forKey("--preset",
                "unknown preset '" + Excerpt.of(name) + "' (run the 'presets' command to list them)"));
    }

    /**
     * Parses preset text (a configuration with a {@code name} and a one-line {@code description});
     * every problem is an {@link InputException} naming {@code source}, never another exception.
     */
    public Preset parse(String text, String source, boolean builtIn) {
        RunFile file = json.parseFile(text, source); // reports malformed JSON with line and column
        RunConfig config = file.config();
        JsonNode node;
        try {
            node = mapper.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "malformed JSON");
        }
        JsonNode name = node.path("name");
        if (!name.isTextual() || !NAME.matcher(name.asText()).matches()) {
            throw new InputException(source, 0, 0, "a preset needs a \"name\" of letters, digits, '.', '_', '-' "
                    + "(at most 64), got " + (name.isMissingNode() ? "none" : "'" + Excerpt.of(name.asText()) + "'"));
        }
        JsonNode description = node.path("description");
        if (!description.isMissingNode() && !description.isTextual()) {
            throw new InputException(source, 0, 0, "\"description\" must be a string");
        }
        String d = description.asText("");
        if (d.length() > MAX_DESCRIPTION || d.chars().anyMatch(Character::isISOControl)) {
            throw new InputException(source, 0, 0, "\"description\" must be one line of at most " + MAX_DESCRIPTION
                    + " characters");
        }
        return new Preset(name.asText(), d, config, builtIn, file.view());
    }

    private List<Preset> loadBuiltIns() {
        List<Preset> out = new ArrayList<>();
        for (String name : BUILT_IN.index()) {
            out.add(parse(BUILT_IN.text(name + ".json"), "preset " + name, true));
        }
        return out;
    }
}
