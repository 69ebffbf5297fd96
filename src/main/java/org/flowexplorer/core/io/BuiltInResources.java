package org.flowexplorer.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Text files shipped in the jar under one folder ({@code /org/flowexplorer/presets/}, {@code …/lessons/},
 * {@code …/replay/}): read as UTF-8, and the built-in libraries' {@code index.txt} (one name a line,
 * in menu order). A missing or unreadable resource is a broken build, not bad input: it fails loudly.
 */
public final class BuiltInResources {
    private final String root;

    /** The resources under the absolute folder {@code root} (ending in '/'). */
    public BuiltInResources(String root) {
        if (!root.startsWith("/") || !root.endsWith("/")) {
            throw new IllegalArgumentException("resource folder must be absolute and end in '/': " + root);
        }
        this.root = root;
    }

    /** The text of {@code root + name}. */
    public String text(String name) {
        try (InputStream in = BuiltInResources.class.getResourceAsStream(root + name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + root + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in resource " + root + name, e);
        }
    }

    /** The names listed in {@code index.txt}, in order, blank lines skipped. */
    public List<String> index() {
        return text("index.txt").lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
