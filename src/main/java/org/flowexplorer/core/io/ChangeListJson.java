package org.flowexplorer.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowexplorer.core.data.Excerpt;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The {@code "changes"} array of a configuration: the slider moves of a steered run, each
 * {@code {"step": k, "eta": 0.3, ...}} holding only the dynamics keys that changed at step k.
 * Reading, resolving and writing are linear in the number of changes.
 */
final class ChangeListJson {
    static final String KEY = "changes";
    /** The most changes a configuration may hold (a long, busy session records a few thousand). */
    static final int MAX_CHANGES = 200_000;

    /** One change as read (or as a delta of a resolved configuration), before it is applied. */
    record Raw(int step, Map<ConfigKey, Object> values, JsonLocation where) {
    }

    private ChangeListJson() {
    }

    /** Reads the array the parser stands on (its START_ARRAY token); every value is checked where it stands. */
    static List<Raw> read(JsonParser p, String source) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw ConfigReader.at(source, p.currentTokenLocation(), KEY + ": expected an array of {\"step\": k, ...} objects");
        }
        List<Raw> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonLocation where = p.currentTokenLocation();
            if (out.size() == MAX_CHANGES) {
                throw ConfigReader.at(source, where, KEY + ": more than " + MAX_CHANGES + " changes");
            }
            Integer step = null;
            Map<ConfigKey, Object> values = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                if (name.equals("step")) {
                    if (step != null) {
                        throw ConfigReader.at(source, at, KEY + ": duplicate key 'step'");
                    }
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                            || p.getIntValue() < 0) {
                        throw ConfigReader.at(source, at, KEY + ": step must be a non-negative whole number");
                    }
                    step = p.getIntValue();
                    continue;
                }
                ConfigKey key = ConfigKey.byName(name);
                if (key == null || !key.dynamic()) {
                    throw ConfigReader.at(source, at, KEY + ": '" + Excerpt.of(name) + "' cannot change during a run "
                            + "(only the dynamics: flow, eta, schedule, sigma_max, sigma_min, schedule_steps, adagrad, "
                            + "target_batch, particle_batch, rho, wp, wq, curl, mmd_noise, q_self, kernel)");
                }
                JsonLocation valueAt = p.currentTokenLocation();
                Object value = ConfigReader.readValue(p, key, source);
                try {
                    key.apply(new ConfigDraft(), value); // an unknown flow or schedule name fails here
                } catch (IllegalArgumentException e) {
                    throw ConfigReader.at(source, valueAt, KEY + ": " + name + ": " + e.getMessage());
                }
                if (values.put(key, value) != null) {
                    throw ConfigReader.at(source, at, KEY + ": duplicate key '" + name + "'");
                }
            }
            if (step == null) {
                throw ConfigReader.at(source, where, KEY + ": each change needs a \"step\"");
            }
            out.add(new Raw(step, values, where));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw ConfigReader.at(source, p.currentTokenLocation(), KEY + ": expected an array of {\"step\": k, ...} objects");
        }
        return out;
    }

    /** Applies the raw changes one after another on top of the configuration's parameters. */
    static RunConfig resolve(RunConfig base, List<Raw> raws, String source) {
        List<ParameterChange> changes = new ArrayList<>(raws.size());
        FlowParameters current = base.params();
        int last = -1;
        for (Raw r : raws) {
            if (r.step() <= last) {
                throw error(source, r, KEY + ": steps must increase, got " + last + " then " + r.step());
            }
            last = r.step();
            ConfigDraft d = ConfigDraft.ofDynamics(current);
            try {
                r.values().forEach((k, v) -> k.apply(d, v));
                current = d.dynamics();
            } catch (IllegalArgumentException e) {
                throw error(source, r, KEY + " at step " + r.step() + ": " + e.getMessage());
            }
            changes.add(new ParameterChange(r.step(), current));
        }
        return base.withChanges(changes);
    }

    /**
     * The changes of {@code config} as deltas: each holds only the dynamics keys whose values differ
     * from the parameters in force before it. Applying them with {@link #resolve} on top of other
     * starting parameters rebases a steered run (what {@code --set eta=…} does).
     */
    static List<Raw> deltas(RunConfig config) {
        List<Raw> out = new ArrayList<>(config.changes().size());
        ConfigDraft before = ConfigDraft.ofDynamics(config.params());
        for (ParameterChange c : config.changes()) {
            ConfigDraft after = ConfigDraft.ofDynamics(c.params());
            Map<ConfigKey, Object> values = new LinkedHashMap<>();
            for (ConfigKey k : ConfigKey.values()) {
                Object now = k.get(after);
                if (k.dynamic() && !Objects.equals(now, k.get(before))) {
                    values.put(k, now);
                }
            }
            out.add(new Raw(c.step(), values, null));
            before = after;
        }
        return out;
    }

    /** Writes each change as the keys whose values differ from the parameters before it. */
    static void write(ArrayNode array, RunConfig config) {
        for (Raw r : deltas(config)) {
            ObjectNode o = array.addObject();
            o.put("step", r.step());
            r.values().forEach((k, v) -> put(o, k.key, v));
        }
    }

    private static RuntimeException error(String source, Raw r, String message) {
        return r.where() == null ? org.flowexplorer.core.data.InputException.forKey(source, message)
                : ConfigReader.at(source, r.where(), message);
    }

    static void put(ObjectNode o, String key, Object v) {
        if (v == null) {
            o.putNull(key);
        } else if (v instanceof Boolean b) {
            o.put(key, b);
        } else if (v instanceof Integer i) {
            o.put(key, i);
        } else if (v instanceof Long l) {
            o.put(key, l);
        } else if (v instanceof Double d) {
            o.put(key, d);
        } else {
            o.put(key, v.toString());
        }
    }
}
