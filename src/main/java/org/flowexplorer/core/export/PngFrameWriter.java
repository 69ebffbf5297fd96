package org.flowexplorer.core.export;

import org.flowexplorer.core.io.StagedOutput;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.flowexplorer.core.render.paint.FrameBuffer;

/**
 * Writes frames as {@code frame_000000.png, frame_000001.png, …} into a directory, each with the
 * run configuration in a {@code tEXt} chunk (keyword {@value EmbeddedConfig#KEYWORD}). Encoding
 * runs on a small thread pool, several frames at a time, while files are staged strictly in frame
 * order; at most {@code 2·threads} encoded frames wait in memory. The JDK encoder is used with a
 * fast deflate setting (compression quality {@value #QUALITY}): its default is about three times
 * slower for files only ~12% smaller. Output bytes depend only on the pixels and the config.
 */
public final class PngFrameWriter implements FrameSink {
    /** File name pattern of frame i. */
    public static final String FILE_PATTERN = "frame_%06d.png";
    static final float QUALITY = 0.9f;
    private static final Pattern FRAME_FILE = Pattern.compile("frame_(\\d{6,})\\.png");

    private final Path dir;
    private final StagedOutput staged;
    private final String config;
    private final ExecutorService pool;
    private final int maxPending;
    private final ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
    private int written;

    /**
     * @param framesDir  the existing directory the frames go into
     * @param staged     where the files are staged
     * @param configJson the run configuration to embed
     * @param threads    encoder threads (≥ 1)
     */
    public PngFrameWriter(Path framesDir, StagedOutput staged, String configJson, int threads) {
        this.dir = framesDir;
        this.staged = staged;
        this.config = configJson;
        int t = Math.max(1, threads);
        this.maxPending = 2 * t;
        this.pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "png-encoder");
            th.setDaemon(true);
            return th;
        });
    }

    @Override
    public void accept(FrameBuffer frame) throws IOException {
        accept(frame, null);
    }

    @Override
    public void accept(FrameBuffer frame, String facts) throws IOException {
        int[] copy = frame.pixels().clone();
        int w = frame.width();
        int h = frame.height();
        pending.add(pool.submit(() -> encode(copy, w, h, config, facts)));
        while (pending.size() > maxPending) {
            stageOldest();
        }
    }

    @Override
    public void finish() throws IOException {
        while (!pending.isEmpty()) {
            stageOldest();
        }
        pool.shutdown();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        pending.clear();
    }

    /** Frames staged so far. */
    public int written() {
        return written;
    }

    private void stageOldest() throws IOException {
        byte[] png = await(pending.poll());
        staged.write(dir.resolve(String.format(FILE_PATTERN, written)), o -> o.write(png));
        written++;
    }

    private static byte[] await(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while encoding a frame");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("PNG encoding failed: " + c, c);
        }
    }

    /**
     * Encodes opaque ARGB pixels as an 8-bit RGB PNG with {@code configText} in a tEXt chunk
     * (Latin-1; see {@link EmbeddedConfig}).
     */
    public static byte[] encode(int[] argb, int width, int height, String configText) throws IOException {
        return encode(argb, width, height, configText, null);
    }

    /**
     * Encodes opaque ARGB pixels as an 8-bit RGB PNG with {@code configText} in one tEXt chunk and,
     * unless null, the frame's {@code facts} in another ({@value EmbeddedConfig#FRAME_KEYWORD}).
     */
    public static byte[] encode(int[] argb, int width, int height, String configText, String facts)
            throws IOException {
        BufferedImage img = wrap(argb, width, height);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG image writer available in this Java runtime");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode text = new IIOMetadataNode("tEXt");
            text.appendChild(textEntry(EmbeddedConfig.KEYWORD, configText));
            if (facts != null) {
                text.appendChild(textEntry(EmbeddedConfig.FRAME_KEYWORD, facts));
            }
            IIOMetadataNode root = new IIOMetadataNode(format);
            root.appendChild(text);
            meta.mergeTree(format, root);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(img, null, meta), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode textEntry(String keyword, String value) {
        IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
        entry.setAttribute("keyword", keyword);
        entry.setAttribute("value", EmbeddedConfig.ascii(value));
        return entry;
    }

    /** An RGB image sharing {@code argb} (no copy; the alpha byte is ignored). */
    static BufferedImage wrap(int[] argb, int width, int height) {
        DirectColorModel cm = new DirectColorModel(24, 0xFF0000, 0xFF00, 0xFF);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argb, width * height), width, height,
                width, cm.getMasks(), null);
        return new BufferedImage(cm, raster, false, null);
    }

    /**
     * After a successful export of {@code kept} frames into {@code dir}, deletes frame files of an
     * earlier, longer export (index ≥ kept), so the directory holds exactly this run's frames.
     */
    public static void removeStale(Path dir, int kept) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "frame_*.png")) {
            for (Path f : files) {
                Matcher m = FRAME_FILE.matcher(f.getFileName().toString());
                if (m.matches() && Long.parseLong(m.group(1)) >= kept && Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }
}
