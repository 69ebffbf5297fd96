/**
 * Guided lessons in the window: the Lessons menu, the lesson panel beside the canvas with its
 * caption and question, Next/Back (PageDown/PageUp), and the exact state each slide sets up.
 */
package org.flowexplorer.app.lesson;
