/**
 * The DYNAMICS panel: flow, σ schedule, η, ρ and the advanced controls (view model and FXML
 * controller), the update rule with the changed term highlighted, the σ plot and METRICS.
 */
package org.flowexplorer.app.dynamics;
