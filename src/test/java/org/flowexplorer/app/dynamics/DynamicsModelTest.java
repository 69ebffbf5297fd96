package org.flowexplorer.app.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.rule.UpdateRule.Term;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.junit.jupiter.api.Test;

class DynamicsModelTest {
    private final List<FlowParameters> pushed = new ArrayList<>();
    private final DynamicsModel m = new DynamicsModel(FlowParameters.defaults(FlowKind.SD), pushed::add);

    @Test
    void eachChangePushesOneNewRecordWithOneFieldChanged() {
        assertNull(m.setRho(0.4));
        assertNull(m.setEta(0.8));
        assertNull(m.setFlow(FlowKind.DIFFFLOW));
        assertNull(m.setScheduleKind(ScheduleKind.GEOMETRIC));
        assertEquals(4, pushed.size());
        FlowParameters last = pushed.get(3);
        assertEquals(0.4, last.rho());
        assertEquals(0.8, last.eta());
        assertEquals(FlowKind.DIFFFLOW, last.flow());
        assertEquals(ScheduleKind.GEOMETRIC, last.schedule().kind());
        assertEquals(FlowParameters.defaults(FlowKind.SD).withRho(0.4), pushed.get(0));
        assertEquals("σ schedule", m.lastChanged());
    }

    @Test
    void theLastChangeNamesTheTermsOfTheRuleItTouched() {
        assertEquals(Set.of(), m.lastChangedTerms());
        m.setEta(0.3);
        assertEquals(Set.of(Term.ETA), m.lastChangedTerms());
        m.setSigmaMin(0.1);
        assertEquals(Set.of(Term.SIGMA), m.lastChangedTerms());
        m.setFlow(FlowKind.DIFFFLOW);
        m.setFreeWeights(true);
        assertEquals(Set.of(Term.WP, Term.WQ, Term.RHO), m.lastChangedTerms());
        m.setTargetBatch(64);
        assertEquals(Set.of(), m.lastChangedTerms(), "batches are not in the rule");
        m.setCurl(1);
        m.load(FlowParameters.defaults(FlowKind.SD));
        assertEquals(Set.of(), m.lastChangedTerms(), "a loaded preset highlights nothing");
    }

    @Test
    void invalidValuesAreRefusedWithAMessageAndNotPushed() {
        assertNotNull(m.setRho(1.5));
        assertNotNull(m.setEta(-1));
        assertNotNull(m.setSigmaMin(0));
        assertNotNull(m.setScheduleLength(0));
        assertTrue(pushed.isEmpty());
        assertEquals(FlowParameters.defaults(FlowKind.SD), m.current());
    }

    @Test
    void curlWarningWhenEtaTimesOnePlusKappaSquaredReachesTwo() {
        m.setEta(0.5);
        m.setCurl(1.0);
        assertNull(m.curlWarning());
        m.setCurl(1.8);
        assertNotNull(m.curlWarning());
    }

    @Test
    void freeWeightsStartFromTheCoupledValuesAndSayMarginalsAreLost() {
        m.setRho(0.3);
        m.setFreeWeights(true);
        assertEquals(1.0, m.current().wp());
        assertEquals(0.7, m.current().wq(), 1e-12);
        assertTrue(m.weightsNote().contains("no longer preserved"));
        m.setWq(0.2);
        assertEquals(0.2, m.current().wq());
        m.setFreeWeights(false);
        assertNull(m.current().wp());
        assertNull(m.weightsNote());
    }
}
