package org.flowexplorer.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.rule.UpdateRule.Term;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.junit.jupiter.api.Test;

/** The one update rule against the step of algorithms.md §3, written out by hand for each case. */
class UpdateRuleTest {
    private static FlowParameters of(FlowKind f) {
        return FlowParameters.defaults(f);
    }

    @Test
    void theStepIsEtaSigmaSquaredTimesTheVelocityPlusNoiseForTheNoisyFlows() {
        assertEquals("x ← x + ησ²·v,   v = s_p − s_q = (m_p − m_q)/σ²", UpdateRule.of(of(FlowKind.SD)).text());
        assertEquals("x ← x + ησ²·v + √(2ησ²)ξ,   v = s_p = (m_p − x)/σ²", UpdateRule.of(of(FlowKind.LANGEVIN)).text());
        assertEquals("x ← x + ησ²·v + √(2ρησ²)ξ,   v = s_p − (1 − ρ) s_q",
                UpdateRule.of(of(FlowKind.DIFFFLOW).withRho(0.5)).text());
        assertEquals("x ← x + ησ²·v + √(2ρησ²)ξ,   v = w_p s_p − w_q s_q",
                UpdateRule.of(of(FlowKind.DIFFFLOW).withWeights(2.0, 0.5)).text());
    }

    @Test
    void curlNoiseInjectionAndAdaGradAddTheirTerms() {
        FlowParameters p = of(FlowKind.MMD).withCurl(2).withMmdNoise(0.1).withAdagrad(true);
        assertEquals("x ← x + AdaGrad(ησ²·(v + κJv)),   " + FlowKind.MMD.formula() + "  at x + βσξ",
                UpdateRule.of(p).text());
        assertEquals("x ← x + ησ²·v,   " + FlowKind.MMD.formula(), UpdateRule.of(of(FlowKind.MMD)).text(),
                "β = 0: no noised evaluation point");
    }

    @Test
    void segmentsNameTheTermTheyShow() {
        List<UpdateRule.Segment> s = UpdateRule.of(of(FlowKind.LANGEVIN).withCurl(1)).segments();
        assertEquals(List.of("η", "η"), texts(s, Term.ETA), "the drift and the noise both scale with η");
        assertEquals(List.of("σ²", "σ²"), texts(s, Term.SIGMA));
        assertEquals(List.of("κ"), texts(s, Term.KAPPA));
        assertEquals(List.of("v = s_p = (m_p − x)/σ²"), texts(s, Term.FLOW));
        List<UpdateRule.Segment> d = UpdateRule.of(of(FlowKind.DIFFFLOW)).segments();
        assertEquals(List.of("ρ", "(1 − ρ)"), texts(d, Term.RHO), "coupled weights: ρ sets the noise and w_q");
        assertTrue(s.stream().noneMatch(x -> x.text().isEmpty()));
    }

    @Test
    void parametersBySymbolInDisplayOrder() {
        FlowParameters p = of(FlowKind.DIFFFLOW).withRho(0.25).withEta(0.3).withBatches(256, 0)
                .withSchedule(new NoiseSchedule(ScheduleKind.LINEAR, 1.0, 0.05, 1000));
        Map<String, String> m = UpdateRule.of(p).params();
        assertEquals(List.of("η", "σ schedule", "ρ", "w_p", "w_q", "κ", "AdaGrad", "batches"), List.copyOf(m.keySet()));
        assertEquals("0.3", m.get("η"));
        assertEquals("linear σ 1 → 0.05 over 1000 steps", m.get("σ schedule"));
        assertEquals("1 − ρ = 0.75 (coupled)", m.get("w_q"));
        assertEquals("256 targets, all particles per step", m.get("batches"));
        assertEquals("constant σ = 0.2", UpdateRule.of(of(FlowKind.SD)
                .withSchedule(new NoiseSchedule(ScheduleKind.CONSTANT, 0.2, 0.2, 10))).params().get("σ schedule"));
        assertEquals("1.235e-05", UpdateRule.of(of(FlowKind.MMD).withMmdNoise(1.23456e-5)).params().get("β"));
    }

    @Test
    void changedFromNamesTheFlowAndEverySymbolWhoseValueMoved() {
        UpdateRule sd = UpdateRule.of(of(FlowKind.SD));
        assertEquals(List.of(), sd.changedFrom(null));
        assertEquals(List.of(), sd.changedFrom(UpdateRule.of(of(FlowKind.SD))));
        assertEquals(List.of("η", "κ"), UpdateRule.of(of(FlowKind.SD).withEta(0.2).withCurl(2)).changedFrom(sd));
        assertEquals(List.of("flow", "ρ", "w_p", "w_q"), UpdateRule.of(of(FlowKind.DIFFFLOW)).changedFrom(sd));
        assertEquals("DiffFlow", UpdateRule.of(of(FlowKind.DIFFFLOW)).flow());
        assertEquals(FlowKind.DIFFFLOW.formula(), UpdateRule.of(of(FlowKind.DIFFFLOW)).formula());
    }

    private static List<String> texts(List<UpdateRule.Segment> s, Term t) {
        return s.stream().filter(x -> x.term() == t).map(UpdateRule.Segment::text).toList();
    }
}
