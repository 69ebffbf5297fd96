package org.flowexplorer.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.app.metrics.MetricsHistory;
import org.flowexplorer.app.run.SteeringRecorder;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.MetricsRow;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.Timeline;
import org.junit.jupiter.api.Test;

/** The timeline view model without a window: recording, scrub, replay, fork and recorded changes. */
class TimelineModelTest {
    private final RunConfig config = new PresetLibrary().require("25gaussians-sd").config().withSizes(80, 100);

    private static void step(Simulation sim, TimelineModel m, int n) {
        for (int i = 0; i < n; i++) {
            sim.step();
            m.accept(sim.latest().get());
        }
    }

    /**
     * The frame pump reads the live snapshot before the timeline drains its queue: when a new run's
     * first steps were queued in between, the live snapshot is still the replaced run's and must not
     * be recorded over them (StaleStateTest lost an opened run's step 0 this way).
     */
    @Test
    void aStaleLiveSnapshotOfTheReplacedRunKeepsTheNewRunsFirstSteps() {
        RunConfig other = new PresetLibrary().require("8gaussians-sd").config().withSizes(60, 60);
        try (Simulation old = SimulationFactory.create(config, 1); Simulation next = SimulationFactory.create(other, 1)) {
            TimelineModel m = new TimelineModel(Timeline.DEFAULT_BUDGET_BYTES);
            m.accept(old.latest().get());
            step(old, m, 5);
            Snapshot oldLive = old.latest().get();
            m.frame(oldLive, true, 1);
            m.accept(next.latest().get()); // the new run's step 0 is queued after the frame read the live run
            m.frame(oldLive, true, 2);
            step(next, m, 3);
            m.frame(next.latest().get(), true, 3);
            assertEquals(java.util.List.of(0L, 1L, 2L, 3L),
                    java.util.Arrays.stream(m.timeline().steps()).boxed().toList(), "the new run's steps from 0");
            assertSame(next.latest().get().targets(), m.timeline().oldest().targets(), "none of the old run's");
        }
    }

    @Test
    void scrubReplayAndForkThroughTheModel() {
        try (Simulation sim = SimulationFactory.create(config, 1)) {
            TimelineModel m = new TimelineModel(Timeline.DEFAULT_BUDGET_BYTES);
            m.accept(sim.latest().get());
            step(sim, m, 20);
            Snapshot live = sim.latest().get();
            assertSame(live, m.frame(live, false, 1));
            assertEquals(21, m.timeline().size());
            Snapshot at7 = m.scrubTo(7);
            assertEquals(7, at7.step());
            assertSame(at7, m.frame(live, false, 2));
            assertSame(live, m.frame(live, true, 3), "playing returns to the live run");
            m.scrubTo(5);
            m.replay();
            Snapshot r = m.frame(live, false, 4 + 100_000_000L);
            assertTrue(r.step() >= 5 && r.step() < 20, "replay moves on: " + r.step());
            for (long t = 2; t < 40; t++) {
                m.frame(live, false, t * 100_000_000L);
            }
            assertEquals(TimelineMode.LIVE, m.mode(), "replay ends at the present");
            assertNull(m.fork(), "nothing to fork from while live");
        }
    }

    @Test
    void aForkDropsTheAbandonedSlidersFromTheWindowsSteeringRecord() {
        try (Simulation sim = SimulationFactory.create(config, 1)) {
            TimelineModel m = new TimelineModel(Timeline.DEFAULT_BUDGET_BYTES);
            SteeringRecorder steering = new SteeringRecorder(() -> config);
            m.accept(sim.latest().get());
            FlowParameters faster = config.params().withEta(0.8);
            for (int i = 0; i < 10; i++) {
                if (i == 5) {
                    sim.parameters().set(faster);
                }
                sim.step();
                m.accept(sim.latest().get());
                steering.accept(sim.latest().get());
            }
            RunConfig steered = steering.configAt(10, faster);
            assertEquals(1, steered.changes().size());
            assertEquals(5, steered.changes().get(0).step());
            var replayed = new HeadlessRun(1, 1000).run(steered, snap -> { });
            assertEquals(sim.latest().get().positions(), replayed.last().positions(), "the steered run replays");

            m.drain();
            m.scrubTo(3);
            Snapshot from = m.fork();
            assertEquals(3, from.step());
            sim.parameters().set(config.params());
            sim.restore(from.state());
            m.accept(sim.latest().get());
            for (int i = 0; i < 4; i++) {
                sim.step();
                m.accept(sim.latest().get());
                steering.accept(sim.latest().get());
            }
            Snapshot live = sim.latest().get();
            assertSame(live, m.frame(live, true, 1), "the fork is shown once it ran");
            assertEquals(7, m.timeline().newest().step());
            assertEquals(8, m.timeline().size(), "steps 0..7: the abandoned 8..10 are gone");
            RunConfig forked = steering.configAt(7, config.params());
            assertTrue(forked.changes().isEmpty(), "the change at step 5 belonged to the abandoned future");
            var again = new HeadlessRun(1, 1000).run(forked, snap -> { });
            assertEquals(live.positions(), again.last().positions(), "the forked run replays");
        }
    }

    @Test
    void theMetricsChartKeepsThePastWhenARunIsForked() {
        MetricsHistory h = new MetricsHistory(100);
        for (int s = 0; s <= 40; s += 5) {
            h.add(new MetricsRow(s, 1, 1, 1, null, null, null));
        }
        assertTrue(h.add(new MetricsRow(22, 1, 1, 1, null, null, null)), "forked at 21: the future goes");
        assertEquals(java.util.List.of(0L, 5L, 10L, 15L, 20L, 22L), h.rows().stream().map(MetricsRow::step).toList());
        h.add(new MetricsRow(0, 1, 1, 1, null, null, null));
        assertEquals(1, h.rows().size(), "a reset starts over");
    }
}
