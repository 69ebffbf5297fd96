package org.flowexplorer.core.io;

import java.util.OptionalInt;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.sim.RunConfig;

/**
 * One {@code key=value} override of a configuration (the CLI's {@code --set}, also used for
 * {@code --steps}). The value is parsed by the key's type and the result validated. A steered
 * configuration keeps its recorded changes: they are re-applied as deltas on top of the new
 * starting parameters, so {@code --set eta=0.3} changes η from step 0 until a recorded change sets
 * η again, and every other recorded slider move still happens at its step.
 */
final class ConfigOverride {
    private ConfigOverride() {
    }

    /**
     * Applies several overrides in order, then re-applies the recorded changes once: every recorded
     * move that set a key keeps setting it, however many overrides touch that key.
     */
    static RunConfig applyAll(RunConfig config, java.util.List<String> assignments) {
        RunConfig start = config.withChanges(java.util.List.of());
        for (String a : assignments) {
            start = apply(start, a);
        }
        if (config.changes().isEmpty()) {
            return start;
        }
        return ChangeListJson.resolve(start, ChangeListJson.deltas(config), "--set");
    }

    static RunConfig apply(RunConfig config, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw InputException.forKey("--set " + Excerpt.of(assignment), "expected key=value");
        }
        String name = assignment.substring(0, eq).trim();
        String raw = assignment.substring(eq + 1).trim();
        ConfigKey key = ConfigKey.byName(name);
        String option = "--set " + Excerpt.of(name);
        if (key == null) {
            throw InputException.forKey(option, "unknown key '" + Excerpt.of(name) + "' (known keys: "
                    + ConfigKey.allNames() + ")");
        }
        ConfigDraft draft = ConfigDraft.from(config);
        try {
            key.apply(draft, parse(key, raw));
        } catch (IllegalArgumentException e) {
            throw InputException.forKey(option, e.getMessage());
        }
        if (key == ConfigKey.DATASET) {
            draft.datasetSha256 = null; // another file: its hash is taken afresh
        }
        RunConfig start = ConfigReader.build(draft, option);
        if (config.changes().isEmpty()) {
            return start;
        }
        return ChangeListJson.resolve(start, ChangeListJson.deltas(config), option);
    }

    /** One override of a configuration file: a view key sets its look, any other key its run. */
    static RunFile apply(RunFile file, String assignment) {
        ViewKey look = viewKey(assignment);
        if (look == null) {
            return file.withConfig(apply(file.config(), assignment));
        }
        try {
            return file.withView(look.apply(file.viewOrDefaults(), parse(look.type,
                    assignment.substring(assignment.indexOf('=') + 1).trim())));
        } catch (IllegalArgumentException e) {
            throw InputException.forKey("--set " + look.key, e.getMessage());
        }
    }

    /** True when {@code assignment} ({@code key=value}) sets a view key. */
    static boolean setsView(String assignment) {
        return viewKey(assignment) != null;
    }

    private static ViewKey viewKey(String assignment) {
        int eq = assignment.indexOf('=');
        return eq <= 0 ? null : ViewKey.byName(assignment.substring(0, eq).trim());
    }

    /** The step of the first recorded change of {@code config} that sets {@code key} again, if any. */
    static OptionalInt firstChangeSetting(RunConfig config, String key) {
        ConfigKey k = ConfigKey.byName(key);
        if (k == null || !k.dynamic()) {
            return OptionalInt.empty();
        }
        for (ChangeListJson.Raw r : ChangeListJson.deltas(config)) {
            if (r.values().containsKey(k)) {
                return OptionalInt.of(r.step());
            }
        }
        return OptionalInt.empty();
    }

    private static Object parse(ConfigKey key, String raw) {
        return parse(key.type, raw);
    }

    /** Parses {@code raw} as a value of {@code type}; IllegalArgumentException with a bounded excerpt. */
    static Object parse(ConfigKey.Type type, String raw) {
        try {
            switch (type) {
                case STRING:
                    if (raw.isEmpty()) {
                        throw new IllegalArgumentException("empty value");
                    }
                    return raw;
                case BOOLEAN:
                    if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
                        return Boolean.parseBoolean(raw);
                    }
                    throw new IllegalArgumentException("expected true or false, got '" + Excerpt.of(raw) + "'");
                case INT:
                    return Integer.parseInt(raw);
                case LONG:
                    return Long.parseLong(raw);
                default:
                    if (type == ConfigKey.Type.NULLABLE_DOUBLE && (raw.isEmpty() || raw.equals("null"))) {
                        return null;
                    }
                    double v = Double.parseDouble(raw);
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("expected a finite number, got '" + Excerpt.of(raw) + "'");
                    }
                    return v;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + (type == ConfigKey.Type.INT || type == ConfigKey.Type.LONG
                    ? "a whole number" : "a number") + ", got '" + Excerpt.of(raw) + "'");
        }
    }
}
