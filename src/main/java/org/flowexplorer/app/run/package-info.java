/**
 * The running simulation behind the window: the worker thread and its paced loop, a throttled background task,
 * the recorder of slider changes (steering) and a saved run.
 */
package org.flowexplorer.app.run;
