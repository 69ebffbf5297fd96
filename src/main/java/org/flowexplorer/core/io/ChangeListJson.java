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
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The {@code "changes"} array of a configuration: the slider moves of a steered run, each
 * {@code {"step": k, "eta": 0.3, ...}} holding only the dynamics keys that changed at step k.
 */
final class ChangeListJson {
    static final String KEY = "changes";

    /** One change as read, before it is applied on top of the previous parameters. */
    record Raw(int step, Map<ConfigKey, Object> values, JsonLocation where) {
    }

    private ChangeListJson() {
    }

    /** Reads the array the parser stands on (its START_ARRAY token). */
    static List<Raw> read(JsonParser p, String source) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw ConfigJson.at(source, p.currentTokenLocation(), KEY + ": expected an array of {\"step\": k, ...} objects");
        }
        List<Raw> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonLocation where = p.currentTokenLocation();
            Integer step = null;
            Map<ConfigKey, Object> values = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                if (name.equals("step")) {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                            || p.getIntValue() < 0) {
                        throw ConfigJson.at(source, at, KEY + ": step must be a non-negative whole number");
                    }
                    step = p.getIntValue();
                    continue;
                }
                ConfigKey key = ConfigKey.byName(name);
                if (key == null || !key.dynamic()) {
                    throw ConfigJson.at(source, at, KEY + ": '" + name + "' cannot change during a run (only the dynamics: flow, eta, "
                            + "schedule, sigma_max, sigma_min, schedule_steps, adagrad, target_batch, particle_batch, "
                            + "rho, wp, wq, curl, mmd_noise, q_self, kernel)");
                }
                if (values.put(key, ConfigJson.readValue(p, key, source)) != null) {
                    throw ConfigJson.at(source, at, KEY + ": duplicate key '" + name + "'");
                }
            }
            if (step == null) {
                throw ConfigJson.at(source, where, KEY + ": each change needs a \"step\"");
            }
            out.add(new Raw(step, values, where));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw ConfigJson.at(source, p.currentTokenLocation(), KEY + ": expected an array of {\"step\": k, ...} objects");
        }
        return out;
    }

    /** Applies the raw changes one after another on top of the configuration's parameters. */
    static RunConfig resolve(RunConfig base, List<Raw> raws, String source) {
        if (raws.isEmpty()) {
            return base;
        }
        List<ParameterChange> changes = new ArrayList<>();
        RunConfig current = base;
        int last = -1;
        for (Raw r : raws) {
            if (r.step() <= last) {
                throw ConfigJson.at(source, r.where(), KEY + ": steps must increase, got " + last + " then " + r.step());
            }
            last = r.step();
            ConfigDraft d = ConfigDraft.from(current);
            r.values().forEach((k, v) -> k.apply(d, v));
            try {
                current = current.withParams(d.build().params());
            } catch (IllegalArgumentException e) {
                throw ConfigJson.at(source, r.where(), KEY + " at step " + r.step() + ": " + e.getMessage());
            }
            changes.add(new ParameterChange(r.step(), current.params()));
        }
        return base.withChanges(changes);
    }

    /** Writes each change as the keys whose values differ from the parameters before it. */
    static void write(ArrayNode array, RunConfig config) {
        ConfigDraft before = ConfigDraft.from(config);
        for (ParameterChange c : config.changes()) {
            ConfigDraft after = ConfigDraft.from(config.withParams(c.params()));
            ObjectNode o = array.addObject();
            o.put("step", c.step());
            for (ConfigKey k : ConfigKey.values()) {
                Object now = k.get(after);
                if (k.dynamic() && !Objects.equals(now, k.get(before))) {
                    put(o, k.key, now);
                }
            }
            before = after;
        }
    }

    private static void put(ObjectNode o, String key, Object v) {
        if (v == null) {
            o.putNull(key);
        } else if (v instanceof Boolean b) {
            o.put(key, b);
        } else if (v instanceof Integer i) {
            o.put(key, i);
        } else if (v instanceof Double d) {
            o.put(key, d);
        } else {
            o.put(key, v.toString());
        }
    }
}
