/**
 * Frame export: the schedule of exported steps, the PNG, GIF and MP4 (ffmpeg) writers and the
 * configuration embedded in every exported file; all output is staged and appears all at once.
 * Every frame is drawn with the run's look and says what it shows: the HUD text and the facts of
 * its step (the dynamics in force there), and the presets' thumbnails.
 */
package org.flowexplorer.core.export;
