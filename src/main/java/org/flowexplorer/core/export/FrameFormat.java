package org.flowexplorer.core.export;

import java.util.Locale;
import org.flowexplorer.core.data.InputException;

/** The file formats of a frame export. */
public enum FrameFormat {
    /** A numbered PNG sequence {@code frames/frame_000000.png …}. */
    PNG("png"),
    /** One looping animated GIF {@code animation.gif} with a fixed 256-colour palette. */
    GIF("gif"),
    /** One H.264 video {@code animation.mp4} encoded by an external ffmpeg. */
    MP4("mp4"),
    /** One self-contained interactive page {@code replay.html} (written by {@code core.replay}, not from frames). */
    HTML("html");

    private final String id;

    FrameFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The format named {@code text} (case-insensitive); an {@link InputException} on {@code key} otherwise. */
    public static FrameFormat parse(String text, String key) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (FrameFormat f : values()) {
            if (f.id.equals(t)) {
                return f;
            }
        }
        throw InputException.forKey(key, "unknown format '" + text + "' (known: png, gif, mp4, html)");
    }
}
