package org.flowexplorer.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.flow.FlowKind;
import org.flowexplorer.core.schedule.NoiseSchedule;
import org.flowexplorer.core.schedule.ScheduleKind;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;
import org.junit.jupiter.api.Test;

/**
 * Saving then loading any configuration — recorded changes included, and after {@code --set}
 * overrides — gives the same configuration; an override changes its key from step 0 up to the first
 * recorded change that sets that key again and leaves every other recorded move where it was.
 * 1000 random configurations each, fixed seed.
 */
class ConfigRoundTripPropertyTest {
    private static final String[] BASES = {"offset", "normal", "box"};
    private final ConfigJson json = new ConfigJson();

    @Test
    void writeThenReadIsTheIdentity() {
        qt().withExamples(1000).withFixedSeed(1206L).forAll(longs().all()).check(seed -> {
            RunConfig c = randomConfig(new SplittableRandom(seed));
            return c.equals(json.parse(json.write(c), "saved.json"));
        });
    }

    @Test
    void setOverridesKeepTheRecordedChangesAndRoundTrip() {
        qt().withExamples(1000).withFixedSeed(2612L).forAll(longs().all()).check(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            RunConfig original = randomConfig(r);
            List<ConfigKey> set = new ArrayList<>();
            List<String> assignments = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                ConfigKey k = ConfigKey.values()[r.nextInt(ConfigKey.values().length)];
                if (k == ConfigKey.DATASET_SHA256 || k == ConfigKey.SIGMA_MIN || k == ConfigKey.SIGMA_MAX) {
                    continue; // an order constraint between two keys: covered by the corpus
                }
                Object v = k.get(ConfigDraft.from(randomConfig(r)));
                assignments.add(k.key + "=" + (v == null ? "null" : text(v)));
                set.add(k);
                values.add(v);
            }
            RunConfig c = json.applySets(original, assignments);
            for (int i = 0; i < set.size(); i++) {
                if (set.lastIndexOf(set.get(i)) == i) {
                    assertEquals(values.get(i), set.get(i).get(ConfigDraft.from(c)), set.get(i).key + " at step 0");
                }
            }
            assertEquals(original.changes().size(), c.changes().size(), "no recorded change is lost");
            List<ChangeListJson.Raw> before = ChangeListJson.deltas(original);
            List<ChangeListJson.Raw> after = ChangeListJson.deltas(c);
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i).step(), after.get(i).step());
                for (ConfigKey k : before.get(i).values().keySet()) {
                    // a recorded move still sets its value at its step
                    Object want = before.get(i).values().get(k);
                    Object got = k.get(ConfigDraft.ofDynamics(c.changes().get(i).params()));
                    assertEquals(want, got, "change " + i + " of " + k.key);
                }
                for (ConfigKey k : ConfigKey.values()) {
                    if (k.dynamic() && !set.contains(k)) {
                        assertEquals(k.get(ConfigDraft.ofDynamics(original.changes().get(i).params())),
                                k.get(ConfigDraft.ofDynamics(c.changes().get(i).params())), "untouched " + k.key);
                    }
                }
            }
            return c.equals(json.parse(json.write(c), "saved.json"));
        });
    }

    private static String text(Object v) {
        return v instanceof Double d ? Double.toString(d) : v.toString();
    }

    static RunConfig randomConfig(SplittableRandom r) {
        List<String> datasets = new ArrayList<>(DatasetCatalog.names());
        datasets.add("csv:/data/points " + r.nextInt(100) + ".csv");
        String dataset = datasets.get(r.nextInt(datasets.size()));
        RunConfig c = new RunConfig(dataset, BASES[r.nextInt(BASES.length)], 1 + r.nextInt(RunConfig.MAX_POINTS),
                1 + r.nextInt(RunConfig.MAX_POINTS), r.nextLong(), r.nextInt(1_000_000), params(r));
        if (dataset.startsWith("csv:") && r.nextBoolean()) {
            c = c.withDatasetSha256(String.format(Locale.ROOT, "%064x", r.nextLong() & Long.MAX_VALUE));
        }
        List<ParameterChange> changes = new ArrayList<>();
        FlowParameters p = c.params();
        int step = 0;
        for (int i = r.nextInt(25); i > 0; i--) {
            step += 1 + r.nextInt(200);
            p = mutate(p, r);
            changes.add(new ParameterChange(step, p));
        }
        return c.withChanges(changes);
    }

    static FlowParameters params(SplittableRandom r) {
        double sigmaMax = Math.pow(10, -3 + 4 * r.nextDouble());
        return new FlowParameters(FlowKind.values()[r.nextInt(FlowKind.values().length)], Math.pow(10, -3 + 4 * r.nextDouble()),
                new NoiseSchedule(ScheduleKind.values()[r.nextInt(ScheduleKind.values().length)], sigmaMax,
                        sigmaMax * r.nextDouble(0.001, 1), 1 + r.nextInt(5000)),
                r.nextBoolean(), r.nextInt(3) == 0 ? r.nextInt(1, 2000) : 0, r.nextInt(3) == 0 ? r.nextInt(1, 2000) : 0,
                r.nextDouble(), r.nextBoolean() ? null : r.nextGaussian() * 3, r.nextBoolean() ? null : r.nextGaussian() * 3,
                r.nextInt(3) == 0 ? r.nextGaussian() * 4 : 0.0, r.nextInt(3) == 0 ? r.nextDouble() : 0.0);
    }

    /** One to three dynamics keys changed, as a slider move would. */
    private static FlowParameters mutate(FlowParameters p, SplittableRandom r) {
        FlowParameters other = params(r);
        FlowParameters q = p;
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            q = switch (r.nextInt(7)) {
                case 0 -> q.withFlow(other.flow());
                case 1 -> q.withEta(other.eta());
                case 2 -> q.withSchedule(other.schedule());
                case 3 -> q.withRho(other.rho());
                case 4 -> q.withWeights(other.wp(), other.wq());
                case 5 -> q.withCurl(other.curl());
                default -> q.withAdagrad(!q.adagrad());
            };
        }
        return Objects.requireNonNull(q);
    }
}
