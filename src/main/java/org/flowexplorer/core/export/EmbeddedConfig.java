package org.flowexplorer.core.export;

/**
 * How the run configuration travels inside exported images: a PNG {@code tEXt} chunk with the
 * keyword {@value #KEYWORD}, a GIF comment extension, an MP4 {@code comment} tag. PNG text and GIF
 * comments are Latin-1, so characters outside ASCII are written as JSON {@code \\uXXXX} escapes,
 * which keeps the text valid JSON with the same meaning.
 */
final class EmbeddedConfig {
    /** The PNG tEXt keyword of the run's configuration. */
    static final String KEYWORD = "flow-explorer-config";
    /** The PNG tEXt keyword of one frame's facts (step, σ, dynamics in force; {@link ConfigJson#writeFrame}). */
    static final String FRAME_KEYWORD = "flow-explorer-frame";

    private EmbeddedConfig() {
    }

    /** {@code json} with every character above U+007E escaped as {@code \\uXXXX}. */
    static String ascii(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0x7E) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
