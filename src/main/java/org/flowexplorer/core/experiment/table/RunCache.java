package org.flowexplorer.core.experiment.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowexplorer.core.data.PointCsvReader;
import org.flowexplorer.core.data.PointCsvWriter;
import org.flowexplorer.core.experiment.RunOutcome;
import org.flowexplorer.core.experiment.Runs;
import org.flowexplorer.core.io.AtomicFiles;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.SimulationFactory;

/**
 * Keeps each finished run's final particles (CSV, round-trippable) and its step count, pause
 * reason and wall time (JSON) in a directory, so that an interrupted full-size table resumes
 * where it stopped. A kept run is measured again from its particles; since runs are seeded, a
 * kept run equals a new one. Files are named by dataset, sizes, flow, factors and seed.
 */
final class RunCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    /** @param dir the directory, or null to keep nothing */
    RunCache(Path dir) {
        this.dir = dir;
    }

    private Path stem(TableSettings s, PaperCondition c, long seed) {
        return dir.resolve(String.format(java.util.Locale.ROOT, "%s-n%d-t%d-%s-%s-seed%d", s.dataset(), s.particles(),
                s.steps(), c.flow().id(), c.factorsKey().replace('/', '-'), seed));
    }

    /** The kept outcome of this run, or null. */
    RunOutcome load(TableSettings s, PaperCondition c, long seed, RunConfig config, int threads) {
        if (dir == null) {
            return null;
        }
        Path st = stem(s, c, seed);
        Path csv = st.resolveSibling(st.getFileName() + ".csv");
        Path meta = st.resolveSibling(st.getFileName() + ".json");
        if (!Files.isRegularFile(csv) || !Files.isRegularFile(meta)) {
            return null;
        }
        try {
            JsonNode m = JSON.readTree(meta.toFile());
            String pause = m.path("pause_reason").isNull() ? null : m.path("pause_reason").asText(null);
            return Runs.measure(SimulationFactory.targets(config), PointCsvReader.read(csv), m.path("steps").asLong(),
                    pause, m.path("seconds").asDouble(), threads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kept run " + meta, e);
        }
    }

    /** Keeps {@code r}. */
    void store(TableSettings s, PaperCondition c, long seed, RunOutcome r) {
        if (dir == null) {
            return;
        }
        Path st = stem(s, c, seed);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("steps", r.steps());
        m.put("pause_reason", r.pauseReason());
        m.put("seconds", r.seconds());
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(st.resolveSibling(st.getFileName() + ".csv"), o -> PointCsvWriter.write(r.positions(), o));
            AtomicFiles.write(st.resolveSibling(st.getFileName() + ".json"), o -> JSON.writeValue(o, m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the run in " + dir, e);
        }
    }
}
