package org.flowexplorer.app.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.flowexplorer.core.rule.UpdateRule;
import org.flowexplorer.core.sim.FlowParameters;

/**
 * Shows an {@link UpdateRule} in a {@link TextFlow}: one {@code Text} per segment, the segments of
 * the terms just changed with the style class {@code rule-changed}. A TextFlow wraps at spaces
 * when narrow and never cuts the rule to "…". FX thread only.
 */
public final class RuleText {
    private final TextFlow flow;
    private FlowParameters shown;
    private Set<UpdateRule.Term> shownHighlight;

    /** @param flow the flow to fill (style class {@code rule} is added) */
    public RuleText(TextFlow flow) {
        this.flow = flow;
        flow.getStyleClass().add("rule");
    }

    /** Shows the rule of {@code p} with {@code highlight} emphasised (cheap when nothing changed). */
    public void show(FlowParameters p, Set<UpdateRule.Term> highlight) {
        if (p.equals(shown) && highlight.equals(shownHighlight)) {
            return;
        }
        shown = p;
        shownHighlight = highlight;
        List<Text> texts = new ArrayList<>();
        for (UpdateRule.Segment s : UpdateRule.of(p).segments()) {
            Text t = new Text(s.text());
            t.getStyleClass().add("rule-text");
            if (highlight.contains(s.term())) {
                t.getStyleClass().add("rule-changed");
            }
            texts.add(t);
        }
        flow.getChildren().setAll(texts);
    }

    /** The text shown, all segments joined. */
    public String text() {
        StringBuilder b = new StringBuilder();
        flow.getChildren().forEach(n -> b.append(((Text) n).getText()));
        return b.toString();
    }

    public TextFlow node() {
        return flow;
    }
}
