package org.flowexplorer.core.replay;

/**
 * Escapes text for the two places a replay page puts it: HTML text or an attribute value, and a
 * JSON data block inside {@code <script type="application/json">}. In the data block every
 * {@code <}, {@code >} and {@code &} becomes a JSON {@code \\u} escape (legal only inside JSON
 * strings, where they can be), so no {@code </script>} or {@code <!--} can end the block early;
 * U+2028/U+2029 are escaped too. The player reads the data with {@code JSON.parse} and puts text
 * into the page only through {@code textContent}, never as markup.
 */
public final class PageText {
    private PageText() {
    }

    /** {@code text} safe as HTML element content or a quoted attribute value. */
    public static String html(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** JSON text safe inside a {@code <script type="application/json">} element. */
    public static String scriptJson(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            switch (ch) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
