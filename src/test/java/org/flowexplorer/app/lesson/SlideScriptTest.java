package org.flowexplorer.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.lesson.Lesson;
import org.flowexplorer.core.lesson.Slide;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** The slide script without a window: changes at their steps, the pause, other runs left alone; the deck's moves. */
class SlideScriptTest {
    private final RunConfig base = new PresetLibrary().require("8gaussians-sd").config().withSizes(40, 40);
    private final RunConfig script = base.withSteps(9).withChanges(List.of(
            new ParameterChange(3, base.params().withFlow(FlowKind.MMD)),
            new ParameterChange(6, base.params().withFlow(FlowKind.MMD).withEta(0.2))));

    @Test
    void aScriptedLiveRunEqualsTheHeadlessRunAndStopsAtItsPause() {
        RunConfig built = script.withSteps(0);
        AtomicInteger pausedAt = new AtomicInteger(-1);
        List<Long> told = new ArrayList<>();
        try (Simulation sim = SimulationFactory.create(built, 1)) {
            SlideScript s = new SlideScript(snap -> told.add(snap.step()), () -> built, sim.parameters()::set,
                    () -> pausedAt.set((int) sim.latest().get().step()));
            s.arm(built, script);
            while (pausedAt.get() < 0) { // a worker that steps until the script pauses it
                sim.step();
                s.accept(sim.latest().get());
            }
            Snapshot headless = new HeadlessRun(1, 100).run(script, x -> { }).last();
            assertEquals(9, pausedAt.get());
            assertEquals(headless.positions(), sim.latest().get().positions(), "bit for bit as HeadlessRun");
            assertEquals(0.2, sim.parameters().get().eta());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), told, "the wrapped observer hears every step");
        }
    }

    @Test
    void anotherRunOrADisarmedScriptIsLeftAlone() {
        AtomicReference<FlowParameters> set = new AtomicReference<>();
        AtomicInteger pauses = new AtomicInteger();
        RunConfig built = script.withSteps(0);
        AtomicReference<RunConfig> current = new AtomicReference<>(built.withSeed(9)); // a preset chosen meanwhile
        SlideScript s = new SlideScript(null, current::get, set::set, pauses::incrementAndGet);
        s.arm(built, script);
        Snapshot at3;
        try (Simulation sim = SimulationFactory.create(built, 1)) {
            for (int i = 0; i < 3; i++) {
                sim.step();
            }
            at3 = sim.latest().get();
        }
        s.accept(at3);
        assertEquals(null, set.get());
        current.set(built);
        s.disarm();
        s.accept(at3);
        assertEquals(null, set.get());
        s.arm(built, script);
        s.accept(at3);
        assertEquals(FlowKind.MMD, set.get().flow());
        assertEquals(0, pauses.get());
    }

    @Test
    void theDeckMovesAndSetsUpTheSameSlideAgain() {
        RunConfig c = base;
        Lesson l = new Lesson("x", "X", "", List.of(new Slide("a", "c", "", c, 0), new Slide("b", "c", "", c, 0)), false);
        LessonDeck d = new LessonDeck(l);
        List<Integer> shown = new ArrayList<>();
        d.addListener(x -> shown.add(x.index()));
        assertFalse(d.back());
        assertTrue(d.next());
        assertFalse(d.next());
        d.go(1);
        assertTrue(d.back());
        assertEquals(List.of(1, 1, 0), shown);
        assertEquals("slide 1 / 2", d.position());
    }
}
