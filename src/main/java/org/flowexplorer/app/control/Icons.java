package org.flowexplorer.app.control;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** Small vector icons for the top bar (fonts on Linux often lack the media-control glyphs). */
public final class Icons {
    private Icons() {
    }

    public static Node play() {
        return icon("M0,0 L0,14 L12,7 Z");
    }

    public static Node pause() {
        return icon("M0,0 H4 V14 H0 Z M8,0 H12 V14 H8 Z");
    }

    public static Node step() {
        return icon("M0,0 L0,14 L9,7 Z M10,0 H13 V14 H10 Z");
    }

    public static Node reset() {
        return icon("M7,0 A7,7 0 1 0 14,7 H11.5 A4.5,4.5 0 1 1 7,2.5 V5 L11,1.25 L7,-2.5 Z");
    }

    public static Node presenter() {
        return icon("M0,0 H5 V2 H2 V5 H0 Z M9,0 H14 V5 H12 V2 H9 Z M0,9 H2 V12 H5 V14 H0 Z M12,9 H14 V14 H9 V12 H12 Z");
    }

    private static Node icon(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("icon");
        return p;
    }
}
