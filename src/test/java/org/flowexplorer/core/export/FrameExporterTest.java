package org.flowexplorer.core.export;

import org.flowexplorer.core.io.PresetLibrary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowexplorer.core.render.FrameBuffer;
import org.flowexplorer.core.render.FrameInput;
import org.flowexplorer.core.render.Rasterizer;
import org.flowexplorer.core.render.View;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** The exporter renders exactly the snapshots of the scheduled steps, through one fixed view. */
class FrameExporterTest {
    @Test
    void framesAreTheSnapshotsOfTheScheduledStepsInOneFixedView() throws Exception {
        RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(100, 120).withSteps(12);
        FrameExportSpec spec = new FrameExportSpec(4, FrameFormat.PNG, 64, 48, false, 10);
        List<int[]> frames = new ArrayList<>();
        FrameSink recorder = new FrameSink() {
            @Override
            public void accept(FrameBuffer frame) {
                frames.add(frame.pixels().clone());
            }

            @Override
            public void finish() {
            }

            @Override
            public void close() {
            }
        };
        Map<Long, Snapshot> seen = new HashMap<>();
        try (FrameExporter exporter = new FrameExporter(config, spec, recorder)) {
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
            assertArrayEquals(new long[] {0, 4, 8, 12}, exporter.steps());
            assertEquals(4, exporter.frames());
        }
        assertEquals(4, frames.size());
        Snapshot first = seen.get(0L);
        View view = FrameExporter.view(spec, first);
        long[] steps = {0, 4, 8, 12};
        for (int j = 0; j < 4; j++) {
            FrameBuffer expected = new FrameBuffer(64, 48);
            new Rasterizer().render(FrameInput.of(seen.get(steps[j])), view, FrameExporter.exportOptions(spec), expected);
            assertArrayEquals(expected.pixels(), frames.get(j), "frame " + j + " is step " + steps[j]);
            FrameBuffer neighbour = new FrameBuffer(64, 48);
            new Rasterizer().render(FrameInput.of(seen.get(steps[j] + (j < 3 ? 1 : -1))), view,
                    FrameExporter.exportOptions(spec), neighbour);
            assertFalse(java.util.Arrays.equals(neighbour.pixels(), frames.get(j)), "frame " + j + " is not a neighbouring step");
        }
    }
}
