package org.flowexplorer.core.export;

import org.flowexplorer.core.io.ConfigJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.flowexplorer.core.data.InputException;
import org.w3c.dom.Node;

/**
 * Reads the run configuration embedded by an export back out of a PNG frame (its
 * {@value EmbeddedConfig#KEYWORD} {@code tEXt} chunk) or an animated GIF (the comment extension
 * of its first frame). The text can be parsed with {@link ConfigJson#parse} to rerun the export.
 */
public final class FrameConfigReader {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] GIF_MAGIC = {'G', 'I', 'F', '8'};

    /** The embedded configuration JSON of a PNG or GIF file. */
    public String read(Path file) {
        return read(file, EmbeddedConfig.KEYWORD);
    }

    /**
     * The facts of one exported PNG frame ({@link ConfigJson#writeFrame}): its step, σ and the
     * dynamics in force at that step.
     */
    public String readFrame(Path file) {
        return read(file, EmbeddedConfig.FRAME_KEYWORD);
    }

    private String read(Path file, String keyword) {
        String name = file.toString();
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                throw new InputException(name, 0, 0, "too short to be a PNG or GIF image");
            }
        } catch (IOException e) {
            throw new InputException(name, 0, 0, "cannot read: " + e.getMessage());
        }
        if (java.util.Arrays.equals(head, PNG_MAGIC)) {
            return find(file, "png", "javax_imageio_png_1.0", "tEXt", "tEXtEntry", keyword);
        }
        if (java.util.Arrays.equals(head, GIF_MAGIC)) {
            if (!keyword.equals(EmbeddedConfig.KEYWORD)) {
                throw new InputException(name, 0, 0, "a GIF carries the run's configuration only, no per-frame facts");
            }
            return find(file, "gif", "javax_imageio_gif_image_1.0", "CommentExtensions", "CommentExtension", null);
        }
        throw new InputException(name, 0, 0, "not a PNG or GIF image");
    }

    /** The value of the first {@code entry} in {@code group} whose keyword is {@code keyword} (any, when null). */
    private static String find(Path file, String format, String tree, String group, String entry, String keyword) {
        String name = file.toString();
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new InputException(name, 0, 0, "no " + format.toUpperCase() + " reader available in this Java runtime");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, false);
            IIOMetadata meta = reader.getImageMetadata(0);
            for (Node g = meta.getAsTree(tree).getFirstChild(); g != null; g = g.getNextSibling()) {
                if (!g.getNodeName().equals(group)) {
                    continue;
                }
                for (Node e = g.getFirstChild(); e != null; e = e.getNextSibling()) {
                    if (!e.getNodeName().equals(entry)) {
                        continue;
                    }
                    Node key = e.getAttributes().getNamedItem("keyword");
                    Node value = e.getAttributes().getNamedItem("value");
                    if (value != null && (keyword == null || key != null && keyword.equals(key.getNodeValue()))) {
                        return value.getNodeValue();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(name, 0, 0, "cannot read the image metadata: " + e.getMessage());
        } finally {
            reader.dispose();
        }
        throw new InputException(name, 0, 0, keyword == null || keyword.equals(EmbeddedConfig.KEYWORD)
                ? "holds no embedded flow-explorer configuration" : "holds no " + keyword + " text");
    }
}
