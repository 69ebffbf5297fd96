package org.flowexplorer.core.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowexplorer.core.io.BuiltInResources;

/**
 * Assembles one self-contained {@code replay.html}: the page template, style and player script
 * from {@code org/flowexplorer/replay/} inlined, and the {@link ReplayData} block. Nothing refers
 * to another file or the network. A Content-Security-Policy allows only this page's own script
 * and style (by SHA-256 hash) and data: images, and forbids every connection: even if text from
 * a user got out of its place, the browser would neither run it nor fetch anything.
 */
public final class ReplayPage {
    private static final BuiltInResources BUILT_IN = new BuiltInResources("/org/flowexplorer/replay/");
    private static final Pattern SLOT = Pattern.compile("\\{\\{(TITLE|CSP|STYLE|SCRIPT|DATA)}}");
    private final String template = BUILT_IN.text("player.html");
    private final String style = BUILT_IN.text("player.css");
    private final String script = BUILT_IN.text("player.js");
    private final ReplayData data = new ReplayData();

    /** The page of a replay titled {@code title} holding {@code chapters}, as UTF-8 bytes. */
    public byte[] render(String title, List<ReplayChapter> chapters) {
        String t = title == null ? "" : title;
        String csp = "default-src 'none'; script-src '" + sha256(script) + "'; style-src '" + sha256(style)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
        String json = PageText.scriptJson(data.json(t, chapters));
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + style.length() + script.length() + json.length());
        while (m.find()) { // one pass: text put into one slot is never searched for another
            String value = switch (m.group(1)) {
                case "TITLE" -> PageText.html(t);
                case "CSP" -> PageText.html(csp);
                case "STYLE" -> style;
                case "SCRIPT" -> script;
                default -> json;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
