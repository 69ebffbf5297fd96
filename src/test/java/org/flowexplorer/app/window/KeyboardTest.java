package org.flowexplorer.app.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.flowexplorer.core.flow.FlowKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The keys act on the window whatever was clicked last: a slider keeps neither → nor letters, a
 * check box keeps neither Space nor R; only a text field being typed in keeps its keys, and Enter
 * (commit) or Esc (abandon) gives them back.
 */
class KeyboardTest {
    @RegisterExtension
    final WindowFixture w = WindowFixture.small(300);

    @BeforeEach
    void controller() {
        WindowFixture.untilFx("the first frame", () -> w.c().canvas().drawn() != null);
    }

    private Node focus() {
        return WindowFixture.fx(() -> w.stage().getScene().getFocusOwner());
    }

    @Test
    void afterClickingTheEtaSliderTheRightArrowStepsAndLeavesEtaAlone() {
        w.robot().clickOn("#etaSlider");
        double eta = w.c().worker().simulation().parameters().get().eta();
        long step = w.latest().step();
        w.robot().type(KeyCode.RIGHT);
        WindowFixture.until("one step", () -> w.latest().step() == step + 1);
        w.robot().type(KeyCode.RIGHT);
        WindowFixture.until("two steps", () -> w.latest().step() == step + 2);
        assertEquals(eta, w.c().worker().simulation().parameters().get().eta(), 0.0, "η unchanged by →");
    }

    @Test
    void afterTickingFreeWeightsRResetsAndTypesNothing() {
        w.robot().type(KeyCode.DIGIT5);
        WindowFixture.run(() -> w.c().timeline().stepLive());
        WindowFixture.until("step 1", () -> w.latest().step() == 1);
        w.robot().clickOn("#freeWeightsCheck");
        assertTrue(w.robot().lookup("#freeWeightsCheck").queryAs(CheckBox.class).isSelected());
        String wp = w.robot().lookup("#wpField").queryAs(TextField.class).getText();
        w.robot().type(KeyCode.R);
        WindowFixture.until("reset to step 0", () -> w.latest().step() == 0);
        assertEquals(wp, w.robot().lookup("#wpField").queryAs(TextField.class).getText(), "nothing typed into w_p");
        assertFalse(focus() instanceof TextInputControl, "no text field took the focus: " + focus());
        w.robot().type(KeyCode.SPACE);
        WindowFixture.until("running", () -> w.c().worker().playing());
        assertTrue(w.robot().lookup("#freeWeightsCheck").queryAs(CheckBox.class).isSelected(), "Space left the box alone");
        w.robot().type(KeyCode.SPACE);
        WindowFixture.await(w.c().worker().pause());
    }

    @Test
    void enterCommitsAFieldAndGivesTheKeysBack() {
        TextField n = w.robot().lookup("#particlesField").queryAs(TextField.class);
        w.robot().doubleClickOn(n).push(KeyCode.SHORTCUT, KeyCode.A).write("250").type(KeyCode.ENTER);
        assertEquals(250, w.c().dataModel().pending().particles());
        WindowFixture.until("the field let go", () -> !(focus() instanceof TextInputControl));
        w.robot().type(KeyCode.SPACE);
        WindowFixture.until("Space runs", () -> w.c().worker().playing());
        assertEquals("250", n.getText(), "no space typed into the field");
        w.robot().type(KeyCode.SPACE);
        WindowFixture.await(w.c().worker().pause());
    }

    @Test
    void escapeAbandonsAFieldAndGivesTheKeysBack() {
        TextField seed = w.robot().lookup("#seedField").queryAs(TextField.class);
        String before = seed.getText();
        w.robot().doubleClickOn(seed).push(KeyCode.SHORTCUT, KeyCode.A).write("123").type(KeyCode.ESCAPE);
        WindowFixture.until("the field let go", () -> !(focus() instanceof TextInputControl));
        assertEquals(before, seed.getText(), "Esc put the last good value back");
        assertEquals(Long.parseLong(before), w.c().dataModel().pending().seed(), "nothing staged");
        w.robot().type(KeyCode.DIGIT3);
        WindowFixture.untilFx("3 selects SVGD", () -> w.c().dynamicsModel().current().flow() == FlowKind.SVGD);
    }

    @Test
    void whileTypingInAFieldTheShortcutsAreText() {
        TextField m = w.robot().lookup("#targetsField").queryAs(TextField.class);
        w.robot().doubleClickOn(m).push(KeyCode.SHORTCUT, KeyCode.A).write("3");
        assertEquals(FlowKind.SD, w.c().dynamicsModel().current().flow(), "3 went into the field, not to the flow");
        assertEquals("3", m.getText());
        w.robot().type(KeyCode.ESCAPE);
    }
}
