package org.flowexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import org.junit.jupiter.api.Test;

/** A run steered by hand (slider moves at given steps) is saved, read back and replayed bit for bit. */
class SteeredRunTest {
    private final ConfigJson json = new ConfigJson();

    private RunConfig steered() {
        RunConfig base = new PresetLibrary().require("25gaussians-sd").config().withSizes(120, 150).withSteps(30);
        FlowParameters p = base.params();
        return base.withChangeAt(10, p.withEta(0.2))
                .withChangeAt(17, p.withEta(0.2).withFlow(FlowKind.DIFFFLOW).withRho(0.6))
                .withChangeAt(25, p.withEta(0.2).withFlow(FlowKind.MMD));
    }

    @Test
    void changesSurviveTheJsonRoundTripAsDifferences() {
        RunConfig c = steered();
        String text = json.write(c);
        assertEquals(c, json.parse(text, "steered.json"));
        assertTrue(text.contains("\"changes\""), text);
        assertTrue(text.contains("\"step\" : 17") && text.contains("\"rho\" : 0.6"), text);
        assertEquals(0.6, c.paramsAt(20).rho());
        assertEquals(FlowKind.SD, c.paramsAt(9).flow());
        assertEquals(0.2, c.paramsAt(10).eta());
    }

    @Test
    void headlessReplayEqualsTheRunSteeredByHand() {
        RunConfig c = steered();
        HeadlessRun.Result replay = new HeadlessRun(2, 10).run(c, s -> { });
        try (Simulation sim = SimulationFactory.create(c.withChanges(java.util.List.of()), 1)) {
            for (int s = 0; s < c.steps(); s++) {
                sim.parameters().set(c.paramsAt(s)); // what the window does when a slider moves
                sim.step();
            }
            assertEquals(sim.latest().get().positions(), replay.last().positions());
        }
        HeadlessRun.Result unsteered = new HeadlessRun(2, 10).run(c.withChanges(java.util.List.of()), s -> { });
        assertNotEquals(unsteered.last().positions(), replay.last().positions(), "the changes must matter");
        assertEquals(FlowKind.MMD, replay.last().parameters().flow());
    }

    @Test
    void forkingDropsLaterChanges() {
        RunConfig forked = steered().withChangeAt(12, steered().params().withEta(0.9));
        assertEquals(2, forked.changes().size());
        assertEquals(0.9, forked.paramsAt(29).eta());
    }

    @Test
    void badChangesAreLocated() {
        InputException notDynamic = assertThrows(InputException.class, () -> json.parse(
                "{\"flow\": \"sd\",\n \"changes\": [{\"step\": 3, \"dataset\": \"moons\"}]}", "c.json"));
        assertEquals(2, notDynamic.line());
        assertTrue(notDynamic.getMessage().contains("'dataset' cannot change"), notDynamic.getMessage());
        InputException order = assertThrows(InputException.class, () -> json.parse(
                "{\"changes\": [{\"step\": 5, \"eta\": 0.1},\n {\"step\": 5, \"eta\": 0.2}]}", "c.json"));
        assertEquals(2, order.line());
        InputException range = assertThrows(InputException.class, () -> json.parse(
                "{\"changes\": [{\"step\": 5, \"rho\": 3}]}", "c.json"));
        assertTrue(range.getMessage().contains("rho"), range.getMessage());
        assertThrows(InputException.class, () -> json.parse("{\"changes\": [{\"eta\": 0.1}]}", "c.json"));
        assertThrows(InputException.class, () -> json.parse("{\"changes\": 3}", "c.json"));
    }
}
