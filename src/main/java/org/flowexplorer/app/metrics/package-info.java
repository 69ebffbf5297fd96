/**
 * Live metrics of the single run: sampling MMD, sliced W2 and coverage off the FX thread,
 * the bounded history of rows and the chart that plots it.
 */
package org.flowexplorer.app.metrics;
