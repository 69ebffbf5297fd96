package org.flowexplorer.app.overlay;

import org.flowexplorer.core.metric.FieldDiagnostics;

/**
 * One finished measurement of the field diagnostics at the particles (algorithms.md §6):
 * relative curl = mean |J₂₁ − J₁₂| / mean ‖J‖_F and circulation = mean |∮ v·dl| / ∮ ‖v‖ dl.
 *
 * @param request     what was measured (its snapshot, flow and σ; view and circles are unused)
 * @param diagnostics the values
 */
public record FieldReadout(CurlRequest request, FieldDiagnostics diagnostics) {
}
