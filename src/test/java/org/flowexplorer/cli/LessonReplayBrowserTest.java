package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.lesson.Lesson;
import org.flowexplorer.core.lesson.LessonLibrary;
import org.flowexplorer.core.lesson.Slide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * {@code lesson NAME --out DIR} gives a replay students can step through like the slides: every
 * built-in lesson is rendered (as a quick draft with few particles) and walked with PageDown in
 * Chromium; a user's lesson with crafted text in its file name, captions and data path shows
 * that text literally and runs none of it.
 */
class LessonReplayBrowserTest {
    private static HeadlessChromium browser;
    private String before;

    @TempDir
    Path home;

    @BeforeAll
    static void startBrowser() {
        browser = new HeadlessChromium(1280, 800);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void pointHomeAtATemporaryFolder() {
        before = System.getProperty("flowexplorer.home");
        System.setProperty("flowexplorer.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (before == null) {
            System.clearProperty("flowexplorer.home");
        } else {
            System.setProperty("flowexplorer.home", before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sd-converges", "gan-to-diffusion", "not-a-gradient", "annealing"})
    void everyBuiltInLessonIsAWorkingReplayOfItsSlides(String name) throws IOException {
        Path out = home.resolve(name);
        CliRunner.Result r = CliRunner.run("lesson", name, "--out", out.toString(), "--frames", "4",
                "--set", "particles=60", "--set", "targets=60", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        Lesson lesson = new LessonLibrary(null, new PresetLibrary()).require(name);
        browser.console();
        browser.open(out.resolve("replay.html"));
        assertEquals((long) lesson.slides().size(), browser.js("return flowReplay.chapters()"));
        assertEquals(lesson.title(), text("title"));
        for (int i = 0; i < lesson.slides().size(); i++) {
            Slide s = lesson.slides().get(i);
            assertEquals((long) i, browser.js("return flowReplay.state().chapter"));
            assertEquals("slide " + (i + 1) + " / " + lesson.slides().size(), text("slide-no"));
            assertEquals(s.title(), text("chapter-title"));
            assertEquals(s.caption(), text("caption"));
            assertEquals(s.question(), text("question"));
            long opened = (Long) browser.js("return flowReplay.state().step");
            assertTrue(opened >= s.start() && (s.start() == 0 ? opened == 0 : opened <= s.pause()),
                    s.title() + " opens at step " + opened + ", slide start " + s.start());
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.END);
            assertEquals((long) s.pause(), browser.js("return flowReplay.state().step"), s.title() + " ends at its pause");
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.PAGE_DOWN);
        }
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.PAGE_UP);
        assertEquals((long) lesson.slides().size() - 2, browser.js("return flowReplay.state().chapter"), "PageUp goes back");
        assertEquals(List.of(), browser.console());
        for (String url : browser.requests()) {
            assertEquals(browser.url(), url);
        }
    }

    @Test
    void craftedTextInAUsersLessonStaysText() throws IOException {
        Path lessons = Files.createDirectories(home.resolve("lessons"));
        Path data = Files.createDirectories(lessons.resolve("x</script><script>window.__pwned=7<"));
        Files.writeString(data.resolve("script>\"><img src=x onerror=window.__pwned=8>.csv"), "1,1\n2,2\n1,2\n");
        String fileName = "\"><img src=x onerror=window.__pwned=9>";
        StringBuilder payloads = new StringBuilder();
        for (String p : ReplayEscapingBrowserTest.PAYLOADS) {
            payloads.append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append(' ');
        }
        String text = payloads.toString().strip();
        Files.writeString(lessons.resolve(fileName + ".json"), "{\"title\": \"T " + text + "\", \"slides\": [{"
                + "\"title\": \"S " + text + "\", \"caption\": \"C " + text + "\", \"question\": \"Q " + text + "\","
                + "\"set\": {\"dataset\": \"csv:x</script><script>window.__pwned=7</script>\\\"><img src=x onerror=window.__pwned=8>.csv\","
                + " \"particles\": 10}, \"pause\": 3}]}");
        CliRunner.Result list = CliRunner.run("lesson", "--list");
        assertTrue(list.out().contains(fileName), list.out() + list.err());
        Path out = home.resolve("out");
        CliRunner.Result r = CliRunner.run("lesson", fileName, "--out", out.toString(), "--frames", "3");
        assertEquals(0, r.code(), r.err());
        browser.console();
        browser.open(out.resolve("replay.html"));
        assertEquals(true, browser.js("return typeof window.flowReplay === 'object' && window.__pwned === undefined"));
        assertEquals(0L, browser.js("return document.querySelectorAll('img, svg, iframe, object').length"));
        assertEquals(2L, browser.js("return document.scripts.length"));
        String all = String.join(" ", ReplayEscapingBrowserTest.PAYLOADS);
        assertEquals("T " + all, text("title"));
        assertEquals("C " + all, text("caption"));
        assertEquals("Q " + all, text("question"));
        assertTrue(text("note").contains("onerror=window.__pwned=8>.csv"), text("note"));
        assertEquals(List.of(), browser.console());
    }

    private String text(String id) {
        return (String) browser.js("return document.getElementById(arguments[0]).textContent", id);
    }
}
