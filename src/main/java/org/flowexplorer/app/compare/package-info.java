/**
 * Compare mode: 2 to 4 flows from the same start side by side in lock-step, with their own worker, panes,
 * shared camera, presets, toolbar and metrics chart.
 */
package org.flowexplorer.app.compare;
