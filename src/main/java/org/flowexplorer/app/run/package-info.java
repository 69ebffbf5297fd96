/**
 * The running simulation behind the window: the worker thread and its paced loop (pause() is a
 * future), the one throttled background task that reports its errors, steering record, steps/s.
 */
package org.flowexplorer.app.run;
