/**
 * The DATA panel: target, start distribution, N, M and seed, staged until applied (view model and FXML
 * controller), and CSV import/export of target and particle points.
 */
package org.flowexplorer.app.data;
