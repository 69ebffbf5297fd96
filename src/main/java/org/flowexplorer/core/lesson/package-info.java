/**
 * Guided lessons: the lesson format ({@code flow-explorer-lesson/1}) and its reader, the built-in and
 * user lesson library, slides with their exact states, and rendering a lesson into one replay page.
 */
package org.flowexplorer.core.lesson;
