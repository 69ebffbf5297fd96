package org.flowexplorer.core.export;

import org.flowexplorer.core.io.StagedOutput;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import org.flowexplorer.core.render.paint.FrameBuffer;

/**
 * Writes frames as one looping animated GIF with the JDK's GIF writer: every frame is mapped to a
 * fixed 256-colour palette ({@link FixedPaletteQuantizer}), shown for {@code round(100/fps)}
 * hundredths of a second (at least 2, the smallest delay browsers honour), and the first frame
 * carries the NETSCAPE2.0 loop-forever extension and a comment extension holding the run
 * configuration. Frames are streamed to a staged temporary file, so memory stays flat.
 */
public final class GifAnimationWriter implements FrameSink {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final FixedPaletteQuantizer quantizer = new FixedPaletteQuantizer();
    private final String comment;
    private final int delay;
    private int frames;
    private boolean closed;

    /**
     * @param target     the GIF file to create (staged until commit)
     * @param staged     the staged output
     * @param configJson the configuration to embed as a comment
     * @param fps        frames per second (1–100)
     */
    public GifAnimationWriter(Path target, StagedOutput staged, String configJson, int fps) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF image writer available in this Java runtime");
        }
        this.comment = EmbeddedConfig.ascii(configJson);
        this.delay = Math.max(2, (int) Math.round(100.0 / fps));
        Path tmp = staged.reserve(target);
        this.writer = writers.next();
        this.out = new FileImageOutputStream(tmp.toFile());
        try {
            writer.setOutput(out);
            writer.prepareWriteSequence(streamMetadata());
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void accept(FrameBuffer frame) throws IOException {
        BufferedImage img = quantizer.toIndexed(frame);
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), null);
        meta.mergeTree(FORMAT, metadata(frames == 0));
        writer.writeToSequence(new IIOImage(img, null, meta), null);
        frames++;
    }

    @Override
    public void finish() throws IOException {
        writer.endWriteSequence();
        out.close();
        closed = true;
        writer.dispose();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                out.close();
            } catch (IOException ignored) {
                // the staged temporary file is deleted by the caller's abort
            }
            writer.dispose();
        }
    }

    /**
     * Stream metadata whose global colour table is the fixed palette. Without it the JDK writer
     * emits a default web-safe global table and no local tables, and frames decode in wrong colours.
     */
    private IIOMetadata streamMetadata() throws IOException {
        String format = "javax_imageio_gif_stream_1.0";
        IIOMetadata meta = writer.getDefaultStreamMetadata(null);
        IIOMetadataNode table = new IIOMetadataNode("GlobalColorTable");
        table.setAttribute("sizeOfGlobalColorTable", "256");
        table.setAttribute("sortFlag", "FALSE");
        table.setAttribute("backgroundColorIndex", "0");
        int[] palette = quantizer.palette();
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode e = new IIOMetadataNode("ColorTableEntry");
            e.setAttribute("index", Integer.toString(i));
            e.setAttribute("red", Integer.toString((palette[i] >> 16) & 255));
            e.setAttribute("green", Integer.toString((palette[i] >> 8) & 255));
            e.setAttribute("blue", Integer.toString(palette[i] & 255));
            table.appendChild(e);
        }
        IIOMetadataNode root = new IIOMetadataNode(format);
        root.appendChild(table);
        meta.mergeTree(format, root);
        return meta;
    }

    private IIOMetadataNode metadata(boolean first) {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delay));
        gce.setAttribute("transparentColorIndex", "0");
        root.appendChild(gce);
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            apps.appendChild(app);
            root.appendChild(apps);
            IIOMetadataNode c = new IIOMetadataNode("CommentExtension");
            c.setAttribute("value", comment);
            IIOMetadataNode comments = new IIOMetadataNode("CommentExtensions");
            comments.appendChild(c);
            root.appendChild(comments);
        }
        return root;
    }
}
