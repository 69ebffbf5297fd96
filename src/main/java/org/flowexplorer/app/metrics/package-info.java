/**
 * Live metrics: the measurement of a snapshot (or of the compare panes) off the FX thread, the
 * bounded history of rows and the chart that plots it.
 */
package org.flowexplorer.app.metrics;
