package org.flowexplorer.core.export;

import org.flowexplorer.core.io.PresetLibrary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.metric.ModeCoverage;
import org.flowexplorer.core.render.Camera;
import org.flowexplorer.core.render.ColorMode;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.render.paint.FrameBuffer;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The exporter renders exactly the snapshots of the scheduled steps, through one fixed camera, with
 * the run's look, and names the dynamics in force at each frame's step.
 */
class FrameExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Frames and their facts as a sink receives them. */
    private static final class Recorder implements FrameSink {
        final List<int[]> frames = new ArrayList<>();
        final List<String> facts = new ArrayList<>();

        @Override
        public void accept(FrameBuffer frame) {
            accept(frame, null);
        }

        @Override
        public void accept(FrameBuffer frame, String f) {
            frames.add(frame.pixels().clone());
            facts.add(f);
        }

        @Override
        public void finish() {
        }

        @Override
        public void close() {
        }
    }

    /** Runs {@code config} headless through an exporter into {@code sink}; returns every snapshot by step. */
    private static Map<Long, Snapshot> export(RunConfig config, RenderOptions look, FrameExportSpec spec, FrameSink sink) {
        Map<Long, Snapshot> seen = new HashMap<>();
        try (FrameExporter exporter = new FrameExporter(config, look, spec, sink)) {
            HeadlessRun.Result result = new HeadlessRun(1, 100).run(config, new HeadlessRun.StepListener() {
                @Override
                public void atStart(Snapshot initial) {
                    seen.put(initial.step(), initial);
                    exporter.atStart(initial);
                }

                @Override
                public void afterStep(Snapshot s) {
                    seen.put(s.step(), s);
                    exporter.afterStep(s);
                }
            });
            exporter.finishRun(result.last());
        }
        return seen;
    }

    @Test
    void framesAreTheSnapshotsOfTheScheduledStepsInOneFixedCameraWithTheRunsLook() {
        RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(100, 120).withSteps(12);
        FrameExportSpec spec = new FrameExportSpec(4, FrameFormat.PNG, 64, 48, false, 10);
        RenderOptions look = RenderOptions.defaults().withColorMode(ColorMode.SPEED).withPointRadius(2).withDarkBackground(true);
        Recorder rec = new Recorder();
        Map<Long, Snapshot> seen = export(config, look, spec, rec);
        assertEquals(4, rec.frames.size());
        Camera camera = FrameExporter.camera(spec, seen.get(0L));
        long[] steps = {0, 4, 8, 12};
        for (int j = 0; j < 4; j++) {
            FrameBuffer expected = new FrameBuffer(64, 48);
            new Rasterizer().render(FrameInput.of(seen.get(steps[j])), camera, look, expected);
            assertArrayEquals(expected.pixels(), rec.frames.get(j), "frame " + j + " is step " + steps[j]);
            FrameBuffer neighbour = new FrameBuffer(64, 48);
            new Rasterizer().render(FrameInput.of(seen.get(steps[j] + (j < 3 ? 1 : -1))), camera, look, neighbour);
            assertFalse(Arrays.equals(neighbour.pixels(), rec.frames.get(j)), "frame " + j + " is not a neighbouring step");
        }
    }

    @Test
    void trailsSpanTheLastKStepsOfTheRun() {
        RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(60, 80).withSteps(10);
        FrameExportSpec spec = new FrameExportSpec(2, FrameFormat.PNG, 80, 80, false, 10);
        RenderOptions look = RenderOptions.defaults().withTrails(true).withTrailSteps(3);
        Recorder rec = new Recorder();
        Map<Long, Snapshot> seen = export(config, look, spec, rec);
        Camera camera = FrameExporter.camera(spec, seen.get(0L));
        FrameBuffer expected = new FrameBuffer(80, 80);
        FrameInput last = FrameInput.of(seen.get(10L)).withTrails(List.of(seen.get(7L).positions(),
                seen.get(8L).positions(), seen.get(9L).positions()));
        new Rasterizer().render(last, camera, look, expected);
        assertArrayEquals(expected.pixels(), rec.frames.get(1), "trail of steps 7, 8, 9 behind step 10");
    }

    /**
     * A run steered from SD flow to SVGD at step 6 (a recorded change): every frame from step 6 on
     * names SVGD in its HUD and its facts, the frames before name SD flow. Before this change the
     * HUD took the flow of step 0 for every frame and PNG frames carried no facts.
     */
    @Test
    void aSteeredRunsFramesNameTheFlowInForceAtTheirStep() throws Exception {
        RunConfig base = new PresetLibrary().require("25gaussians-sd").config().withSizes(80, 100).withSteps(12);
        RunConfig steered = base.withChangeAt(6, base.params().withFlow(FlowKind.SVGD).withEta(0.3));
        FrameExportSpec spec = new FrameExportSpec(5, FrameFormat.PNG, 320, 240, true, 10);
        RenderOptions look = RenderOptions.defaults();
        Recorder rec = new Recorder();
        Map<Long, Snapshot> seen = export(steered, look, spec, rec);
        long[] steps = FrameSchedule.steps(5, 12, "frames");
        assertArrayEquals(new long[] {0, 3, 6, 9, 12}, steps);
        Camera camera = FrameExporter.camera(spec, seen.get(0L));
        try (ParallelRunner one = new ParallelRunner(1)) {
            for (int j = 0; j < steps.length; j++) {
                Snapshot s = seen.get(steps[j]);
                boolean svgd = steps[j] >= 6;
                JsonNode facts = JSON.readTree(rec.facts.get(j));
                assertEquals(steps[j], facts.get("step").asLong());
                assertEquals(svgd ? "svgd" : "sd", facts.get("flow").asText(), "facts of step " + steps[j]);
                assertEquals(svgd ? 0.3 : 0.5, facts.get("eta").asDouble(), 0);
                assertEquals(steered.paramsAt((int) steps[j]).schedule().sigmaAt(steps[j]), facts.get("sigma").asDouble(), 0);
                int covered = ModeCoverage.compute(s.positions(), s.targets().mixture(), one).modesCovered();
                List<String> hud = HudText.lines(s, steered.paramsAt((int) steps[j]), 12, covered, 25);
                assertTrue(hud.get(0).startsWith(svgd ? "SVGD · step " : "SD flow · step "), hud.get(0));
                assertTrue(hud.get(1).contains(svgd ? "η 0.3" : "η 0.5"), hud.get(1));
                FrameBuffer expected = new FrameBuffer(320, 240);
                new Rasterizer().render(FrameInput.of(s).withHud(hud), camera, look.withHud(true), expected);
                assertArrayEquals(expected.pixels(), rec.frames.get(j), "HUD of step " + steps[j]);
                if (svgd) {
                    List<String> stale = HudText.lines(s, steered.params(), 12, covered, 25);
                    FrameBuffer wrong = new FrameBuffer(320, 240);
                    new Rasterizer().render(FrameInput.of(s).withHud(stale), camera, look.withHud(true), wrong);
                    assertFalse(Arrays.equals(wrong.pixels(), rec.frames.get(j)), "a HUD naming SD flow differs");
                }
            }
        }
    }
}
