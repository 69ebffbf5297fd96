package org.flowexplorer.core.data;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the shipped picture {@code org/flowexplorer/images/cat.png} (a sitting cat, 512 × 512,
 * dark on white) with Java2D shapes only, no fonts, so it can be redrawn anywhere:
 * {@code java -cp target/test-classes org.flowexplorer.core.data.CatPicture src/main/resources/org/flowexplorer/images/cat.png}.
 * {@code ImageDatasetTest} checks that the shipped file is this drawing.
 */
public final class CatPicture {
    private CatPicture() {
    }

    public static void main(String[] args) throws IOException {
        ImageIO.write(draw(), "png", new File(args[0]));
    }

    /** The picture. */
    static BufferedImage draw() {
        int size = 512;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        Area cat = new Area();
        // body: a pear from the shoulders to the haunches
        Path2D body = new Path2D.Double();
        body.moveTo(200, 215);
        body.curveTo(150, 260, 120, 360, 140, 430);
        body.curveTo(150, 465, 190, 470, 250, 470);
        body.curveTo(330, 470, 370, 462, 372, 425);
        body.curveTo(378, 350, 340, 262, 290, 215);
        body.closePath();
        cat.add(new Area(body));
        // head
        cat.add(new Area(new Ellipse2D.Double(178, 120, 130, 115)));
        // ears
        Path2D ears = new Path2D.Double();
        ears.moveTo(186, 160);
        ears.lineTo(190, 80);
        ears.lineTo(236, 128);
        ears.closePath();
        ears.moveTo(300, 160);
        ears.lineTo(298, 80);
        ears.lineTo(252, 128);
        ears.closePath();
        cat.add(new Area(ears));
        // tail: a thick curve that sweeps out to the right and curls up
        Path2D tail = new Path2D.Double();
        tail.moveTo(350, 455);
        tail.curveTo(430, 470, 470, 420, 450, 360);
        tail.curveTo(440, 330, 410, 320, 400, 300);
        cat.add(new Area(new BasicStroke(26, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(tail)));
        // eyes, cut out: two almonds, large enough to stay visible as gaps among a thousand particles
        for (int sx : new int[] {-1, 1}) {
            double cx = 243 + sx * 33;
            double cy = 174;
            Path2D eye = new Path2D.Double();
            eye.moveTo(cx - 22, cy);
            eye.quadTo(cx, cy - 24, cx + 22, cy);
            eye.quadTo(cx, cy + 24, cx - 22, cy);
            cat.subtract(new Area(eye));
        }
        g.setColor(new Color(20, 20, 28));
        g.fill(cat);
        g.dispose();
        return img;
    }
}
