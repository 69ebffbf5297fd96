package org.flowexplorer.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.flowexplorer.app.window.ExplorerController;
import org.flowexplorer.app.window.WindowFixture;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.lesson.Lesson;
import org.flowexplorer.core.lesson.Slide;
import org.flowexplorer.core.sim.HeadlessRun;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every slide of every built-in lesson, walked in the window with PageDown after tinkering with
 * the run: each sets up exactly its state (data, sizes, seed, parameters in force, step, paused,
 * the particles bit for bit as a headless run to that step), and the panel shows its caption and
 * question. A user lesson's script applies its change and pauses at its step; a broken user
 * lesson is listed with file:line:column and nothing else stops.
 */
class LessonWalkTest {
    @RegisterExtension
    final WindowFixture w = WindowFixture.of(new PresetLibrary().require("8gaussians-sd").config().withSizes(100, 100),
            1280, 800)
            .withUserFile("lessons/quick.json", """
                    {"title": "Quick", "slides": [
                      {"title": "Scripted", "caption": "A change at step 5 and a pause at step 12.", "question": "Why?",
                       "preset": "8gaussians-sd", "set": {"particles": 80, "targets": 80, "seed": 3},
                       "changes": [{"step": 5, "flow": "mmd", "eta": 0.3}], "start": 2, "pause": 12}]}""")
            .withUserFile("lessons/broken.json", "{\"title\": \"B\",\n  \"slides\": [{\"title\": \"s\"}]}");
    private ExplorerController c;
    private LessonActions lessons;

    @BeforeEach
    void controller() {
        c = w.c();
        lessons = c.lessons();
    }

    @Test
    void everySlideOfEveryLessonSetsUpItsExactState() throws Exception {
        FxRobot robot = w.robot();
        assertNotNull(lessons);
        robot.interact(() -> c.worker().setMaxStepsPerSecond(0));
        robot.clickOn("#lessonMenu");
        robot.clickOn("#lesson-sd-converges");
        assertEquals("sd-converges", WindowFixture.fx(() -> lessons.deck().lesson().name()), "opened from the menu");
        int walked = 0;
        Path shot = Path.of("target", "lesson-slide.png");
        Files.deleteIfExists(shot);
        for (Lesson lesson : lessons.library().all()) {
            if (!lesson.builtIn()) {
                continue;
            }
            if (!lesson.name().equals("sd-converges")) {
                robot.interact(() -> lessons.open(lesson));
            }
            for (int i = 0; i < lesson.slides().size(); i++) {
                if (i > 0) {
                    tinker(robot);
                    robot.type(KeyCode.PAGE_DOWN);
                }
                Slide s = lesson.slides().get(i);
                checkSetUp(lesson, i, s);
                walked++;
                if (s.start() > 0 && !Files.exists(shot)) {
                    screenshot(shot); // the first slide that opens mid-run, for the README
                }
                if (lesson.name().equals("annealing") && i == 2) { // Back restores the previous slide, then Next this one
                    tinker(robot);
                    robot.type(KeyCode.PAGE_UP);
                    checkSetUp(lesson, i - 1, lesson.slides().get(i - 1));
                    tinker(robot);
                    robot.type(KeyCode.PAGE_DOWN);
                    checkSetUp(lesson, i, s);
                }
            }
        }
        assertEquals(21, walked, "6 + 5 + 5 + 5 slides");
    }

    @Test
    void aUsersSlideAppliesItsChangeAndPausesAtItsStep() throws Exception {
        FxRobot robot = w.robot();
        Lesson quick = lessons.library().require("quick");
        assertTrue(lessons.library().problems().stream().anyMatch(p -> p.startsWith(w.home().resolve("lessons/broken.json")
                + ":2:14: a slide needs a \"caption\"")), lessons.library().problems().toString());
        robot.clickOn("#lessonMenu");
        assertTrue(robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("(yours) Quick"))
                .tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> lessons.open(quick));
        Slide s = quick.slides().get(0);
        checkSetUp(quick, 0, s);
        robot.interact(() -> c.worker().setMaxStepsPerSecond(0));
        robot.type(KeyCode.SPACE);
        WindowFixture.until("the pause at step 12", () -> !c.worker().playing() && c.worker().latest().step() >= 12);
        WaitForAsyncUtils.waitForFxEvents();
        Snapshot at = c.worker().latest();
        assertEquals(12, at.step(), "paused exactly at the slide's pause step");
        Snapshot headless = new HeadlessRun(1, Integer.MAX_VALUE).run(s.config(), x -> { }).last();
        assertEquals(headless.positions(), at.positions(), "the change at step 5 applied exactly as in a headless run");
        assertEquals(FlowKind.MMD, c.worker().simulation().parameters().get().flow());
        WindowFixture.until("DYNAMICS shows the change", () -> WindowFixture.fx(() -> c.dynamicsModel().current().flow()) == FlowKind.MMD);
        robot.type(KeyCode.SPACE);
        WindowFixture.until("running on past the pause", () -> c.worker().latest().step() > 14);
        robot.type(KeyCode.SPACE);
        robot.clickOn("#lessonClose");
        assertTrue(robot.lookup("#lessonPanel").tryQuery().isEmpty(), "the column is gone");
        assertTrue(c.worker().latest().step() > 14, "closing keeps the run");
    }

    /**
     * Changes the flow and η and runs a few steps, as a lecturer trying something would: through the
     * DYNAMICS panel and the worker directly (the keys for these are KeyboardTest's subject), so
     * that only the slide keys go through the robot.
     */
    private void tinker(FxRobot robot) throws Exception {
        robot.interact(() -> {
            c.dynamicsPanel().selectFlow(FlowKind.SVGD);
            c.dynamicsPanel().etaSlider().setValue(0.9);
        });
        long from = c.worker().latest().step();
        robot.interact(() -> c.worker().play());
        WindowFixture.until("a few steps", () -> c.worker().latest().step() >= from + 3);
        WindowFixture.await(c.worker().pause());
    }

    private void checkSetUp(Lesson lesson, int index, Slide s) throws Exception {
        lessons.ready().get(300, TimeUnit.SECONDS); // a slide may replay hundreds of steps on a busy machine
        WaitForAsyncUtils.waitForFxEvents();
        String where = lesson.name() + " slide " + (index + 1);
        RunConfig want = s.config();
        RunConfig built = c.worker().config();
        assertEquals(want.dataset(), built.dataset(), where);
        assertEquals(want.base(), built.base(), where);
        assertEquals(want.particles(), built.particles(), where);
        assertEquals(want.targets(), built.targets(), where);
        assertEquals(want.seed(), built.seed(), where);
        assertEquals(want.paramsAt(s.start()), c.worker().simulation().parameters().get(), where + ": parameters in force");
        assertEquals(want.paramsAt(s.start()), WindowFixture.fx(() -> c.dynamicsModel().current()), where + ": DYNAMICS shows them");
        Snapshot now = c.worker().latest();
        assertEquals(s.start(), now.step(), where + ": opens at its start step");
        assertFalse(c.worker().playing(), where + ": paused");
        Snapshot headless = new HeadlessRun(2, Integer.MAX_VALUE).run(want.withSteps(s.start()), x -> { }).last();
        assertEquals(headless.positions(), now.positions(), where + ": the particles of a headless run to that step");
        assertEquals(lesson.slides().size() > 1 ? "slide " + (index + 1) + " / " + lesson.slides().size()
                : "slide 1 / 1", text("#lessonSlideNo"), where);
        assertEquals(s.title(), text("#lessonSlideTitle"), where);
        assertEquals(s.caption(), text("#lessonCaption"), where);
        assertEquals(s.question().isEmpty() ? "" : "? " + s.question(), text("#lessonQuestion"), where);
        assertEquals("lesson: " + lesson.title(), text("#lessonTitle"), where);
    }

    private String text(String id) {
        return WindowFixture.fx(() -> ((Label) w.stage().getScene().lookup(id)).getText());
    }

    private void screenshot(Path png) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage img = SwingFXUtils.fromFXImage(
                WaitForAsyncUtils.asyncFx(() -> w.stage().getScene().snapshot(null)).get(), null);
        Files.createDirectories(png.getParent());
        ImageIO.write(img, "png", png.toFile());
    }
}
