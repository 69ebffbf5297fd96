package org.flowexplorer.app.timeline;

/** What the main canvas shows: the live run, a past step scrubbed to, or a replay of the recording. */
public enum TimelineMode {
    LIVE,
    SCRUB,
    REPLAY
}
