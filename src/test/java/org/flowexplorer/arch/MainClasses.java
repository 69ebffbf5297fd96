package org.flowexplorer.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.flowexplorer.Launcher;

/**
 * The main classes for the architecture rules, imported from the folder (or jar) that holds
 * {@link Launcher}: every class of {@code src/main}, and nothing of the tests. Importing by
 * package name instead ({@code importPackages("org.flowexplorer")}) opened every jar on the test
 * class path (JavaFX, Selenium, Jazzer, ...) to look for that package, several seconds per test class.
 * Imported once per test JVM (the result is immutable) and shared by the rule classes.
 */
final class MainClasses {
    private MainClasses() {
    }

    /** The imported main classes (imported on first use). */
    static JavaClasses importAll() {
        return Imported.ALL;
    }

    /** Holder: the import runs when the first rule class asks for it. */
    private static final class Imported {
        static final JavaClasses ALL = load();
    }

    private static JavaClasses load() {
        try {
            Path where = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            JavaClasses all = new ClassFileImporter().importPath(where);
            if (!all.contain(Launcher.class) || all.contain(MainClasses.class)) {
                throw new IllegalStateException("not the main classes: " + where);
            }
            return all;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
