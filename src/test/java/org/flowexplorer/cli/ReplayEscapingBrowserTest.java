package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.io.ConfigJson;
import org.flowexplorer.core.replay.ReplayChapter;
import org.flowexplorer.core.replay.ReplayPage;
import org.flowexplorer.core.replay.ReplayRecorder;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text a user controls reaches a replay page only as text: crafted captions, titles, questions and
 * {@code csv:} paths that try to close the data block or open a tag are shown literally, and no
 * script of theirs runs (checked in Chromium: no flag set, no extra element, no CSP report).
 */
class ReplayEscapingBrowserTest {
    /** Each sets window.__pwned if it ever runs. */
    static final List<String> PAYLOADS = List.of(
            "</script><script>window.__pwned=1</script>",
            "\"><img src=x onerror=\"window.__pwned=2\">",
            "<!--<script>window.__pwned=3</script>",
            "'><svg onload=window.__pwned=4>",
            "</title><img src=x onerror=window.__pwned=5>");
    private static HeadlessChromium browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowser() {
        browser = new HeadlessChromium(1024, 700);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void captionsTitlesAndQuestionsStayText() throws IOException {
        RunConfig config = new ConfigJson().parse("{\"dataset\": \"8gaussians\", \"particles\": 30, \"targets\": 30, \"steps\": 4}", "t");
        String all = String.join(" ", PAYLOADS);
        ReplayChapter chapter;
        try (ReplayRecorder rec = new ReplayRecorder(config, 3, 1, "frames")) {
            HeadlessRun.Result r = new HeadlessRun(1, 10).run(config, rec);
            rec.finishRun(r.last());
            chapter = rec.chapter("title " + all, "caption " + all, "question " + all, r.last(), 0);
        }
        Path page = dir.resolve("p.html");
        byte[] html = new ReplayPage().render("page " + all, List.of(chapter, chapter));
        AtomicFiles.write(page, o -> o.write(html));
        openAndCheck(page);
        assertEquals("page " + all, browser.js("return document.title"));
        assertEquals("page " + all, text("title"));
        assertEquals("title " + all, text("chapter-title"));
        assertEquals("caption " + all, text("caption"));
        assertEquals("question " + all, text("question"));
    }

    @Test
    void csvPathsStayText() throws IOException {
        for (String payload : PAYLOADS) {
            Path csv = dir.resolve("x" + payload + ".csv"); // '/' in a payload makes directories
            Files.createDirectories(csv.getParent());
            Files.writeString(csv, "x,y\n0,0\n1,1\n0,1\n1,0\n", StandardCharsets.UTF_8);
            Path out = dir.resolve("out" + PAYLOADS.indexOf(payload));
            CliRunner.Result r = CliRunner.run("run", "--set", "dataset=csv:" + csv, "--set", "particles=20", "--steps", "3",
                    "--frames", "2", "--format", "html", "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            openAndCheck(out.resolve("replay.html"));
            assertTrue(text("note").contains(csv.toString()), text("note"));
            assertTrue(text("title").contains(csv.toString()), text("title"));
            assertTrue(text("config").contains(new ConfigJson().write(
                    new ConfigJson().read(out.resolve("config.json"))).strip().split("\n")[2].strip()), text("config"));
        }
    }

    private void openAndCheck(Path page) throws IOException {
        browser.console();
        browser.open(page);
        assertEquals(true, browser.js("return typeof window.flowReplay === 'object'"), "the player ran");
        assertEquals(true, browser.js("return window.__pwned === undefined"), "no injected script ran");
        assertEquals(0L, browser.js("return document.querySelectorAll('img, svg, iframe, object').length"));
        assertEquals(2L, browser.js("return document.scripts.length"), "only the data block and the player");
        assertEquals(List.of(), browser.console(), "no CSP violation or error: nothing tried to run");
        for (String url : browser.requests()) {
            assertEquals(browser.url(), url);
        }
    }

    private String text(String id) {
        return (String) browser.js("return document.getElementById(arguments[0]).textContent", id);
    }
}
