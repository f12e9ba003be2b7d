package org.paperkg;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the main code: no cycle between any two packages (a sub-package counts as
 * a package of its own), and the stages depend downstream only, in the order the data flows.
 */
class ArchitectureTest {

    /**
     * The stages, upstream first. A class may depend on its own stage and on the stages before it;
     * a stage's sub-packages ({@code export.view}) belong to it.
     */
    static final List<String> STAGES = List.of(
            "domain", "ingest", "extract", "link", "rdf", "store", "pipeline", "spark", "query", "export",
            "serve", "eval", "cli", "");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.paperkg");
    }

    @Test
    void everyPackageIsItsOwnSliceAndTheSlicesHaveNoCycle() {
        assertThat(classes.size()).as("main classes imported").isGreaterThan(100);
        slices().assignedFrom(new EachPackage()).should().beFreeOfCycles().check(classes);
    }

    @Test
    void stagesDependDownstreamOnly() {
        TreeSet<String> upstream = new TreeSet<>();
        for (JavaClass c : classes) {
            int from = stageOf(c.getPackageName());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith("org.paperkg") && stageOf(target) > from) {
                    upstream.add(c.getPackageName() + " -> " + target + "  (" + d.getDescription() + ")");
                }
            }
        }
        assertThat(upstream).as("dependencies against the flow " + STAGES).isEmpty();
    }

    @Test
    void everyPackageHasAStage() {
        TreeSet<String> unknown = new TreeSet<>();
        for (JavaClass c : classes) {
            if (stageOf(c.getPackageName()) < 0) {
                unknown.add(c.getPackageName());
            }
        }
        assertThat(unknown).as("packages missing from ArchitectureTest.STAGES").isEmpty();
    }

    /** The stage index of a package under org.paperkg ("org.paperkg.export.view" is export's). */
    static int stageOf(String pkg) {
        String rest = pkg.equals("org.paperkg") ? "" : pkg.substring("org.paperkg.".length());
        String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return STAGES.indexOf(top);
    }

    /** One slice per Java package, so that {@code export} and {@code export.view} are two. */
    private static final class EachPackage implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("org.paperkg")
                    ? SliceIdentifier.of(c.getPackageName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each org.paperkg package";
        }
    }
}
