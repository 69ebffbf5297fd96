package org.flowexplorer.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;

/**
 * Writes configurations, preset files and the facts of one frame as JSON: every key of
 * {@link ConfigKey} in its declared order (a stable layout), then the view keys of a look, then
 * the recorded changes.
 */
final class ConfigWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A configuration file: the run's keys, then the view keys of {@code view} (none when null). */
    String write(RunConfig config, RenderOptions view) {
        return write(mapper.createObjectNode(), config, view);
    }

    /**
     * The facts of one frame of {@code config} as one line of JSON (PNG frames carry it): its step,
     * the run's length, the σ of the step taken from it and every dynamics key in force at it
     * ({@link RunConfig#paramsAt}), so a frame names the flow of a steered run at that step.
     */
    String writeFrame(RunConfig config, long step, double sigma) {
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
    String writePreset(Preset preset) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", preset.name());
        o.put("description", preset.description());
        return write(o, preset.config(), preset.view());
    }

    private String write(ObjectNode o, RunConfig config, RenderOptions view) {
        ConfigDraft d = ConfigDraft.from(config);
        o.put("format", ConfigJson.FORMAT);
        for (ConfigKey k : ConfigKey.values()) {
            Object value = k.get(d);
            if (k == ConfigKey.DATASET) {
                o.put(k.key, DatasetFiles.absolute(d.dataset));
            } else if (k != ConfigKey.DATASET_SHA256 || value != null) {
                ChangeListJson.put(o, k.key, value);
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
