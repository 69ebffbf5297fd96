/**
 * Exporting a run from the window as frames, GIF or MP4: the settings dialog and its values,
 * the background export job and its progress bar.
 */
package org.flowexplorer.app.export;
