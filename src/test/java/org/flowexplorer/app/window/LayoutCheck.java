package org.flowexplorer.app.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.controlsfx.control.NotificationPane;

/**
 * Looks at a scene as a user would and lists what is wrong: a label, button or check box whose
 * rendered text (the skin's {@code LabeledText}) is not its text (cut to "…", or changed by
 * mnemonic parsing); two controls on top of each other; a control outside the window or outside
 * the visible part of its scroll pane; a visible scroll bar. Call on the FX thread after a layout
 * pass.
 */
final class LayoutCheck {
    private static final double SLACK = 1.0;

    private LayoutCheck() {
    }

    /** Everything wrong in {@code scene}, one line each; empty if all is well. */
    static List<String> problems(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<Node> shown = new ArrayList<>();
        collect(scene.getRoot(), shown);
        List<String> out = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        for (Node n : shown) {
            if (n instanceof ScrollBar) {
                out.add("scroll bar shown: " + describe(n.getParent() == null ? n : scrollPaneOf(n)));
                continue;
            }
            if (n instanceof Labeled l) {
                String cut = truncation(l);
                if (cut != null) {
                    out.add(cut);
                }
            }
            if (n instanceof Control c) {
                controls.add(c);
                String outside = outside(c, scene);
                if (outside != null) {
                    out.add(outside);
                }
            }
        }
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                Control a = controls.get(i);
                Control b = controls.get(j);
                if (isAncestor(a, b) || isAncestor(b, a) || container(a) || container(b) || skinPart(a)
                        || skinPart(b)) {
                    continue;
                }
                Bounds x = shrink(bounds(a));
                Bounds y = shrink(bounds(b));
                if (x.intersects(y)) {
                    out.add("overlap: " + describe(a) + " and " + describe(b));
                }
            }
        }
        return out;
    }

    /** Nodes whose whole chain of parents is visible. */
    private static void collect(Node n, List<Node> shown) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        shown.add(n);
        if (n instanceof NotificationPane np && !np.isShowing()) {
            if (np.getContent() != null) { // a hidden note's bar waits above, clipped away: not on screen
                collect(np.getContent(), shown);
            }
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, shown);
            }
        }
    }

    /** The text a Labeled actually renders, if it is not the text it was given. */
    static String truncation(Labeled l) {
        String want = l.getText();
        if (want == null || want.isEmpty() || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return null;
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getClass().getSimpleName().equals("LabeledText")) {
                if (!t.isVisible()) {
                    return null;
                }
                if (!want.equals(t.getText())) {
                    return "cut: " + describe(l) + " shows '" + t.getText() + "' for '" + want + "'";
                }
                return null;
            }
        }
        return null;
    }

    private static String outside(Control c, Scene scene) {
        Bounds b = bounds(c);
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return null;
        }
        if (b.getMinX() < -SLACK || b.getMinY() < -SLACK || b.getMaxX() > scene.getWidth() + SLACK
                || b.getMaxY() > scene.getHeight() + SLACK) {
            return "outside the window: " + describe(c) + " at " + fmt(b);
        }
        ScrollPane sp = enclosingScrollPane(c);
        if (sp != null && sp.getContent() != null) {
            Node viewport = sp.getContent().getParent();
            Bounds v = viewport == null ? bounds(sp) : viewport.localToScene(viewport.getLayoutBounds());
            if (b.getMinY() < v.getMinY() - SLACK || b.getMaxY() > v.getMaxY() + SLACK
                    || b.getMinX() < v.getMinX() - SLACK || b.getMaxX() > v.getMaxX() + SLACK) {
                return "hidden by its scroll pane: " + describe(c) + " at " + fmt(b) + " outside " + fmt(v);
            }
        }
        return null;
    }

    private static ScrollPane enclosingScrollPane(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                return sp;
            }
        }
        return null;
    }

    private static Node scrollPaneOf(Node bar) {
        ScrollPane sp = enclosingScrollPane(bar);
        return sp == null ? bar : sp;
    }

    /** Controls that hold other controls by design (their children are checked instead). */
    private static boolean container(Control c) {
        String n = c.getClass().getSimpleName();
        return c instanceof ScrollPane || n.equals("TitledPane") || n.equals("NotificationPane")
                || n.equals("SegmentedButton") || n.equals("SplitPane") || n.equals("TabPane");
    }

    /** A control inside another control's skin (a combo box's cell and list): its owner is checked. */
    private static boolean skinPart(Control c) {
        for (Parent p = c.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Control owner && !container(owner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Node a, Node b) {
        for (Parent p = b.getParent(); p != null; p = p.getParent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static Bounds shrink(Bounds b) {
        return new javafx.geometry.BoundingBox(b.getMinX() + SLACK, b.getMinY() + SLACK,
                Math.max(0, b.getWidth() - 2 * SLACK), Math.max(0, b.getHeight() - 2 * SLACK));
    }

    static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        String text = n instanceof Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "";
        String parent = n.getId() == null && n.getParent() != null && n.getParent().getId() != null
                ? " in #" + n.getParent().getId() : "";
        return n.getClass().getSimpleName() + id + text + parent;
    }

    private static String fmt(Bounds b) {
        return String.format(Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
