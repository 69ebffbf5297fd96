package org.flowexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.math.PointSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * {@code run --format html} opened in headless Chromium: the page is one self-contained file that
 * makes no request, plays, steps and scrubs, and shows at its last frame the positions of
 * {@code final.csv} within the quantisation error it states.
 */
class ReplayPageBrowserTest {
    private static HeadlessChromium browser;

    @TempDir
    Path dir;

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

    @Test
    void mustShowReplayIsOneOfflineFileAndItsLastFrameIsFinalCsv() throws IOException {
        Path out = dir.resolve("sd");
        CliRunner.Result r = CliRunner.run("run", "--preset", "25gaussians-sd", "--steps", "300", "--frames", "100",
                "--format", "html", "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        Path page = out.resolve("replay.html");
        assertTrue(Files.size(page) < 3_000_000, "replay.html has " + Files.size(page) + " bytes");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(html.contains("http://") || html.contains("https://"), "no web address at all in the page");
        assertTrue(r.out().contains("replay: 100 frames"), r.out());

        browser.requests();
        browser.console();
        browser.open(page);
        assertEquals(100L, browser.js("return flowReplay.frames()"));
        WebElement scrub = browser.driver().findElement(By.id("scrub"));
        scrub.click();
        scrub.sendKeys(Keys.END); // scrub with the keyboard, as a user would
        assertEquals(99L, browser.js("return flowReplay.state().frame"));
        assertEquals(300L, browser.js("return flowReplay.state().step"));

        double err = ((Number) browser.js("return flowReplay.maxError()")).doubleValue();
        assertTrue(err > 0 && err < 1e-4, "stated quantisation error " + err);
        String note = browser.driver().findElement(By.id("note")).getText();
        assertTrue(note.contains(String.format("within %.1e", err).replace("e-05", "e-5")), note);
        PointSet expected = PointCsvReader.read(out.resolve("final.csv"));
        @SuppressWarnings("unchecked")
        List<Number> shown = (List<Number>) browser.js("return flowReplay.positions()");
        assertEquals(expected.coords().length, shown.size());
        double worst = 0;
        for (int i = 0; i < shown.size(); i++) {
            worst = Math.max(worst, Math.abs(shown.get(i).doubleValue() - expected.coords()[i]));
        }
        assertTrue(worst <= err * (1 + 1e-9), "largest difference " + worst + " exceeds the stated " + err);

        String pageUrl = browser.url();
        List<String> requests = browser.requests();
        assertTrue(requests.contains(pageUrl), "the network log works: it saw the page itself " + requests);
        for (String url : requests) {
            assertEquals(pageUrl, url, "the page itself is the only request");
        }
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource').length"));
        assertEquals(List.of(), browser.console(), "no errors or CSP violations");
        browser.js("console.error('probe')");
        assertTrue(browser.console().toString().contains("probe"), "the console log works");
        browser.screenshot(Path.of("target", "replay-page.png"));
    }

    @Test
    void playsStepsRecolours() throws IOException {
        Path out = smallRun("play", "--preset", "25gaussians-sd", "--steps", "40", "--frames", "21");
        browser.open(out.resolve("replay.html"));
        browser.driver().findElement(By.id("fwd")).click();
        browser.driver().findElement(By.id("fwd")).click();
        assertEquals(2L, browser.js("return flowReplay.state().frame"));
        browser.driver().findElement(By.id("prev")).click();
        assertEquals(1L, browser.js("return flowReplay.state().frame"));
        browser.js("document.getElementById('speed').value = '60'");
        browser.driver().findElement(By.tagName("body")).sendKeys(" ");
        Object reached = browser.driver().executeAsyncScript(
                "const done = arguments[0];"
                        + "const poll = () => flowReplay.state().playing ? requestAnimationFrame(poll) : done(flowReplay.state().frame);"
                        + "poll();");
        assertEquals(20L, reached, "playing runs to the last frame and stops there");
        String before = canvasHash();
        browser.driver().findElement(By.id("colour")).sendKeys("speed");
        assertEquals("speed", browser.js("return document.getElementById('colour').value"));
        assertNotEquals(before, canvasHash(), "colour by speed changes the picture");
    }

    @Test
    void ruleFollowsRecordedChanges() throws IOException {
        Path config = dir.resolve("steered.json");
        Files.writeString(config, "{\"dataset\": \"8gaussians\", \"particles\": 100, \"targets\": 100, \"steps\": 30,"
                + " \"flow\": \"sd\", \"changes\": [{\"step\": 10, \"flow\": \"mmd\", \"eta\": 0.3},"
                + " {\"step\": 20, \"curl\": 1.5}]}");
        Path out = dir.resolve("steered");
        CliRunner.Result r = CliRunner.run("run", "--config", config.toString(), "--frames", "31", "--format", "html",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        browser.open(out.resolve("replay.html"));
        assertEquals("SD flow", text("flow"));
        seek(10);
        assertEquals("MMD gradient flow", text("flow"));
        assertTrue(text("since").contains("changed at step 10"), text("since"));
        assertTrue(text("params").contains("0.3"), text("params"));
        assertEquals("0.3", browser.js("return document.querySelector('#params dd.changed').textContent"));
        seek(25);
        assertTrue(text("update").contains("κJv"), text("update"));
        assertTrue(text("params").contains("1.5"));
        assertTrue(text("config").contains("\"changes\""), "the configuration with its changes is in the page");
    }

    @Test
    void threeDimensionalDataOrbitsOnDrag() throws IOException {
        Path out = smallRun("3d", "--preset", "swissroll3d-sd", "--steps", "10", "--frames", "3");
        browser.open(out.resolve("replay.html"));
        assertEquals(3L, browser.js("return flowReplay.dim()"));
        String before = canvasHash();
        WebElement view = browser.driver().findElement(By.id("view"));
        new Actions(browser.driver()).moveToElement(view).clickAndHold().moveByOffset(80, 30).release().perform();
        assertNotEquals(before, canvasHash(), "dragging turns the camera");
    }

    private Path smallRun(String name, String... args) throws IOException {
        Path out = dir.resolve(name);
        String[] all = new String[args.length + 9];
        System.arraycopy(new String[] {"run", "--set", "particles=150", "--set", "targets=150", "--format", "html",
            "--out", out.toString()}, 0, all, 0, 9);
        System.arraycopy(args, 0, all, 9, args.length);
        CliRunner.Result r = CliRunner.run(all);
        assertEquals(0, r.code(), r.err());
        return out;
    }

    private void seek(int frame) {
        WebElement scrub = browser.driver().findElement(By.id("scrub"));
        browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", scrub, frame);
    }

    private String text(String id) {
        return (String) browser.js("return document.getElementById(arguments[0]).textContent", id);
    }

    private String canvasHash() {
        return (String) browser.js("const c = document.getElementById('view'); return c.toDataURL().length + ':' + c.toDataURL().slice(-200);");
    }
}
