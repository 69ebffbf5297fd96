package org.flowexplorer.app.window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.text.TextFlow;

/**
 * The one band of large text in presenter mode. Its items (flow, step / T, σ, modes covered, the
 * update rule; empty labels are left out) flow left to right and wrap to new lines like words; when the band would take more
 * than {@link #MAX_SHARE} of the window's height, the least important items are dropped, one at a
 * time, until it fits. An item is never cut or shortened to "…": labels keep their full width, and
 * the update rule (a {@link TextFlow}) wraps within itself when it is wider than the window.
 */
public final class PresenterBand extends Region {
    /** The largest share of the window's height the band may take. */
    public static final double MAX_SHARE = 0.24;
    private static final double HGAP_EM = 1.1;
    private static final double VGAP_EM = 0.15;

    /**
     * One item of the band.
     *
     * @param node     a Label or a TextFlow
     * @param priority 1 = most important; higher numbers are dropped first
     */
    public record Item(Node node, int priority) {
    }

    private final List<Item> items = new ArrayList<>();

    public PresenterBand() {
        setPadding(new Insets(6, 16, 6, 16));
    }

    /** Replaces the items (in display order). */
    public void setItems(List<Item> all) {
        items.clear();
        items.addAll(all);
        getChildren().setAll(all.stream().map(Item::node).toList());
        requestLayout();
    }

    /** The items shown at the current width (the others were dropped), in display order. */
    public List<Item> shownItems() {
        return chosen(contentWidth(getWidth()));
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Item i : items) {
            w += i.node().prefWidth(-1) + gap();
        }
        return snappedLeftInset() + w + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = contentWidth(width < 0 ? availableWidth() : width);
        return snappedTopInset() + layoutHeight(chosen(w), w, false) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = contentWidth(getWidth());
        List<Item> shown = chosen(w);
        for (Item i : items) {
            i.node().setVisible(shown.contains(i));
            i.node().setManaged(shown.contains(i));
        }
        layoutHeight(shown, w, true);
    }

    private double availableWidth() {
        return getScene() == null ? 1280 : getScene().getWidth();
    }

    private double contentWidth(double width) {
        return Math.max(1, width - snappedLeftInset() - snappedRightInset());
    }

    private double maxContentHeight() {
        double h = getScene() == null ? 800 : getScene().getHeight();
        return h * MAX_SHARE - snappedTopInset() - snappedBottomInset();
    }

    /** The items kept at content width {@code w}: all, then without the least important, … */
    private List<Item> chosen(double w) {
        List<Item> kept = new ArrayList<>(items);
        kept.removeIf(i -> i.node() instanceof javafx.scene.control.Labeled l && l.getText().isEmpty());
        while (kept.size() > 1 && layoutHeight(kept, w, false) > maxContentHeight()) {
            kept.remove(kept.stream().max(Comparator.comparingInt(Item::priority)).orElseThrow());
        }
        return kept;
    }

    /** Flows {@code shown} into lines of width {@code w}; returns the height, and places the nodes if asked. */
    private double layoutHeight(List<Item> shown, double w, boolean place) {
        double x = 0;
        double y = 0;
        double lineHeight = 0;
        double gap = gap();
        List<Node> line = new ArrayList<>();
        for (Item i : shown) {
            Node n = i.node();
            double nw = Math.min(n.prefWidth(-1), w);
            double nh = n.prefHeight(nw);
            if (x > 0 && x + nw > w) {
                if (place) {
                    align(line, y, lineHeight);
                }
                line.clear();
                y += lineHeight + gap * VGAP_EM / HGAP_EM;
                x = 0;
                lineHeight = 0;
            }
            if (place) {
                n.resizeRelocate(snappedLeftInset() + x, snappedTopInset() + y, nw, nh);
            }
            line.add(n);
            x += nw + gap;
            lineHeight = Math.max(lineHeight, nh);
        }
        if (place) {
            align(line, y, lineHeight);
        }
        return y + lineHeight;
    }

    /** Centres each node of a line vertically in the line. */
    private void align(List<Node> line, double y, double lineHeight) {
        for (Node n : line) {
            double h = n.getLayoutBounds().getHeight();
            n.setLayoutY(snappedTopInset() + y + (lineHeight - h) / 2);
        }
    }

    private double gap() {
        double em = 32;
        if (!items.isEmpty() && items.get(0).node() instanceof javafx.scene.control.Labeled l) {
            em = l.getFont().getSize();
        }
        return em * HGAP_EM;
    }
}
