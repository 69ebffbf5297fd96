/**
 * Frame export: the schedule of exported steps, the PNG, GIF and MP4 (ffmpeg) writers and the
 * configuration embedded in every exported file; all output is staged and appears all at once.
 */
package org.flowexplorer.core.export;
