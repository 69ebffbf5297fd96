/**
 * What experiments hand back: report files (Jackson CSV/JSON, text, PNG) written all at once, and XChart figures
 * in PNG and SVG with the shared chart style.
 */
package org.flowexplorer.core.experiment.report;
