/**
 * The File menu's actions: save and open configurations (exact, with the steering record), CSV,
 * frame export from the window, and the Presets menu with the user's presets.
 */
package org.flowexplorer.app.file;
