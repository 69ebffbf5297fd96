package org.flowexplorer.core.experiment.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.flowexplorer.core.io.IoWriter;

/**
 * One file of a report: its name and how to write its content. Tables go through Jackson's CSV
 * writer (quoting handled there; NaN and null cells are written empty), JSON through Jackson's
 * object mapper (NaN written as null), images through ImageIO.
 *
 * @param name    file name inside the output directory
 * @param content writes the bytes
 */
public record ReportFile(String name, IoWriter content) {
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** UTF-8 text. */
    public static ReportFile text(String name, String text) {
        return new ReportFile(name, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A CSV table with a header row; cells are numbers, strings, booleans or null. */
    public static ReportFile csv(String name, List<String> header, List<List<Object>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        for (String h : header) {
            schema.addColumn(h);
        }
        List<List<Object>> cleaned = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(name + ": row has " + row.size() + " cells, header " + header.size());
            }
            List<Object> r = new ArrayList<>(row.size());
            for (Object c : row) {
                r.add(c instanceof Double v && !Double.isFinite(v) ? null : c);
            }
            cleaned.add(r);
        }
        return new ReportFile(name, o -> CSV.writer(schema.build()).writeValues(o).writeAll(cleaned).close());
    }

    /** Pretty-printed JSON of maps, lists, strings, numbers and null (non-finite doubles become null). */
    public static ReportFile json(String name, Object tree) {
        return new ReportFile(name, o -> {
            JSON.writeValue(o, finite(tree));
            o.write('\n');
        });
    }

    /** A PNG image. */
    public static ReportFile png(String name, BufferedImage image) {
        return new ReportFile(name, o -> ImageIO.write(image, "png", o));
    }

    private static Object finite(Object v) {
        if (v instanceof Double d) {
            return Double.isFinite(d) ? d : null;
        }
        if (v instanceof java.util.Map<?, ?> m) {
            java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, finite(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ReportFile::finite).toList();
        }
        return v;
    }
}
