/**
 * The DYNAMICS panel: flow, σ schedule, η, ρ and the advanced controls (view model and FXML controller),
 * with the σ schedule plot, the log-scale slider mapping and the host of the live metrics chart.
 */
package org.flowexplorer.app.dynamics;
