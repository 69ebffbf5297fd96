package org.flowexplorer.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of the window: no cycles between them, and each depends only on the app
 * packages listed here (the table in the README's layout section). {@code window} composes the
 * features; {@code keys}, {@code control}, {@code run}, {@code view} and {@code metrics} are the
 * shared ground the features stand on.
 */
class AppPackagesTest {
    private static final String APP = "org.flowexplorer.app.";
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("keys", Set.of()),
            Map.entry("control", Set.of()),
            Map.entry("run", Set.of()),
            Map.entry("view", Set.of()),
            Map.entry("metrics", Set.of()),
            Map.entry("dynamics", Set.of("control", "metrics")),
            Map.entry("data", Set.of("control", "run")),
            Map.entry("timeline", Set.of("control", "run")),
            Map.entry("overlay", Set.of("metrics", "run", "view")),
            Map.entry("draw", Set.of("control", "keys", "run", "view")),
            Map.entry("export", Set.of("control", "run")),
            Map.entry("file", Set.of("control", "data", "export", "run")),
            Map.entry("compare", Set.of("control", "dynamics", "keys", "metrics", "run", "timeline", "view")),
            Map.entry("lesson", Set.of("control", "keys", "run")),
            Map.entry("drop", Set.of("control")),
            Map.entry("window", Set.of("compare", "control", "data", "draw", "dynamics", "export", "file", "keys",
                    "metrics", "overlay", "run", "timeline", "view", "lesson", "drop")));
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = MainClasses.importAll().that(JavaClass.Predicates.resideInAPackage("org.flowexplorer.app.."));
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.flowexplorer.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void featurePackagesDependOnlyOnTheAppPackagesAllowed() {
        Set<String> unexpected = new TreeSet<>();
        classes.forEach(c -> {
            String from = feature(c.getPackageName());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = feature(d.getTargetClass().getPackageName());
                if (from != null && to != null && !from.equals(to)) {
                    Set<String> ok = ALLOWED.get(from);
                    if (ok == null || !ok.contains(to)) {
                        unexpected.add("app." + from + " -> app." + to + " (" + c.getSimpleName() + " uses "
                                + d.getTargetClass().getSimpleName() + ")");
                    }
                }
            }
        });
        assertEquals(Set.of(), unexpected, "app dependencies outside the allow-list");
    }

    private static String feature(String pkg) {
        if (!pkg.startsWith(APP)) {
            return null;
        }
        String rest = pkg.substring(APP.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
