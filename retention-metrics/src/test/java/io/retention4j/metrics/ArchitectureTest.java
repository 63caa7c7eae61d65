package io.retention4j.metrics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md: metrics depends on core only, and only on core's public packages. */
class ArchitectureTest {
    private static final JavaClasses METRICS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.retention4j.metrics");

    @Test
    void metrics_doesNotDependOnLoyalty() {
        noClasses().that().resideInAPackage("io.retention4j.metrics..")
                .should().dependOnClassesThat().resideInAPackage("io.retention4j.loyalty..")
                .allowEmptyShould(true)
                .check(METRICS);
    }

    @Test
    void metrics_doesNotTouchCoreInternals() {
        noClasses().that().resideInAPackage("io.retention4j.metrics..")
                .should().dependOnClassesThat().resideInAPackage("io.retention4j.core.internal..")
                .allowEmptyShould(true)
                .check(METRICS);
    }
}
