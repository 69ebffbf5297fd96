package org.flowexplorer.core.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.paint.Palette;
import org.flowexplorer.core.rule.UpdateRule;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.ParameterChange;

/**
 * The data block of a replay page ({@value #FORMAT}): per chapter the configuration text, the
 * targets and the particles of every frame as base64 of {@link FixedPoint16} codes, the frame
 * steps, σ and metrics, and the update rules in force; plus the explorer's palette. The player
 * ({@code player.js}) is the only reader; its header comment documents the same layout.
 */
public final class ReplayData {
    /** Format id written into every replay. */
    public static final String FORMAT = "flow-explorer-replay/1";
    private final ObjectMapper mapper = new ObjectMapper();
    private final ConfigJson configJson = new ConfigJson();

    /** The JSON text of a replay titled {@code title} holding {@code chapters}. */
    public String json(String title, List<ReplayChapter> chapters) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("title", title == null ? "" : title);
        palette(root.putObject("palette"));
        ArrayNode list = root.putArray("chapters");
        for (ReplayChapter c : chapters) {
            chapter(list.addObject(), c);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a replay", e);
        }
    }

    /** The largest quantisation error of particle coordinates over {@code chapters}. */
    public static double maxError(List<ReplayChapter> chapters) {
        double e = 0;
        for (ReplayChapter c : chapters) {
            e = Math.max(e, positionsCodec(c).maxError());
        }
        return e;
    }

    static FixedPoint16 positionsCodec(ReplayChapter c) {
        List<PointSet> sets = new ArrayList<>();
        for (ReplayFrame f : c.frames()) {
            sets.add(f.positions());
        }
        return FixedPoint16.covering(c.dim(), sets);
    }

    private void chapter(ObjectNode o, ReplayChapter c) {
        o.put("title", c.title());
        o.put("caption", c.caption());
        o.put("question", c.question());
        o.put("dataset", c.config().dataset());
        o.put("dim", c.dim());
        o.put("particles", c.frames().get(0).positions().size());
        o.put("targets", c.targets().points().size());
        o.put("total_steps", c.config().steps());
        o.put("pause_reason", c.pauseReason());
        o.put("open_frame", c.openFrame());
        o.put("config", configJson.write(c.config()));
        ObjectNode view = o.putObject("view");
        view.put("yaw", c.dim() >= 3 ? Camera.OBLIQUE_YAW : 0);
        view.put("pitch", c.dim() >= 3 ? Camera.OBLIQUE_PITCH : 0);
        Mixture m = c.targets().mixture();
        if (m != null && m.means().dim() == c.dim()) {
            points(o.putObject("modes"), List.of(m.means()), c.dim());
        } else {
            o.putNull("modes");
        }
        points(o.putObject("target_points"), List.of(c.targets().points()), c.targets().dim());
        List<PointSet> frames = new ArrayList<>();
        for (ReplayFrame f : c.frames()) {
            frames.add(f.positions());
        }
        points(o.putObject("positions"), frames, c.dim());
        frames(o.putObject("frames"), o.putArray("rules"), c);
    }

    private static void points(ObjectNode o, List<PointSet> sets, int dim) {
        FixedPoint16 codec = FixedPoint16.covering(dim, sets);
        int count = 0;
        for (PointSet s : sets) {
            count += s.coords().length;
        }
        byte[] bytes = new byte[2 * count];
        int off = 0;
        for (PointSet s : sets) {
            off = codec.encode(s, bytes, off);
        }
        o.put("count", sets.get(0).size());
        o.put("max_error", codec.maxError());
        numbers(o.putArray("lo"), codec.lo());
        numbers(o.putArray("scale"), codec.scale());
        o.put("data", Base64.getEncoder().encodeToString(bytes));
    }

    private static void frames(ObjectNode o, ArrayNode rules, ReplayChapter c) {
        ArrayNode step = o.putArray("step");
        ArrayNode sigma = o.putArray("sigma");
        ArrayNode mmd2 = o.putArray("mmd2");
        ArrayNode sw2 = o.putArray("sliced_w2");
        ArrayNode modes = o.putArray("modes_covered");
        ArrayNode inMode = o.putArray("in_mode_fraction");
        ArrayNode rule = o.putArray("rule");
        FlowParameters current = null;
        UpdateRule previous = null;
        int rulesSoFar = 0;
        for (ReplayFrame f : c.frames()) {
            MetricsRow r = f.metrics();
            step.add(r.step());
            sigma.add(r.sigma());
            mmd2.add(r.mmd2());
            sw2.add(r.slicedW2());
            if (r.modesCovered() == null) {
                modes.addNull();
                inMode.addNull();
            } else {
                modes.add(r.modesCovered());
                inMode.add(r.inModeFraction());
            }
            if (!f.rule().equals(current)) {
                current = f.rule();
                UpdateRule u = UpdateRule.of(current);
                rule(rules.addObject(), u, u.changedFrom(previous), changeStep(c, r.step()));
                previous = u;
                rulesSoFar++;
            }
            rule.add(rulesSoFar - 1);
        }
    }

    /** The step of the last recorded change at or before {@code step} (0 when none). */
    private static long changeStep(ReplayChapter c, long step) {
        long since = 0;
        for (ParameterChange ch : c.config().changes()) {
            if (ch.step() <= step) {
                since = ch.step();
            }
        }
        return since;
    }

    private static void rule(ObjectNode o, UpdateRule u, List<String> changed, long since) {
        o.put("flow", u.flow());
        // the flow's defining formula, unless the update line already spells it out (SD, MMD, SVGD)
        o.put("formula", u.text().contains(u.formula()) ? "" : u.formula());
        o.put("update", u.text());
        o.put("since", since);
        ArrayNode params = o.putArray("params");
        for (Map.Entry<String, String> e : u.params().entrySet()) {
            params.addArray().add(e.getKey()).add(e.getValue());
        }
        ArrayNode ch = o.putArray("changed");
        changed.forEach(ch::add);
    }

    private static void palette(ObjectNode o) {
        ArrayNode cat = o.putArray("categorical");
        for (int k = 0; k < Palette.CATEGORIES; k++) {
            cat.add(hex(Palette.categorical(k)));
        }
        ArrayNode vir = o.putArray("viridis");
        for (int c : Palette.viridisLut()) {
            vir.add(hex(c));
        }
        o.put("target", hex(Palette.target(false)));
        o.put("uniform", hex(Palette.uniform(false)));
    }

    private static String hex(int argb) {
        return String.format("#%06x", argb & 0xFFFFFF);
    }

    private static void numbers(ArrayNode a, double[] v) {
        for (double x : v) {
            a.add(x);
        }
    }
}
