package io.retention4j.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md: dependencies point one way; core depends on neither metrics nor loyalty. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.retention4j.core");

    @Test
    void core_dependsOnNeitherMetricsNorLoyalty() {
        noClasses().that().resideInAPackage("io.retention4j.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.retention4j.metrics..", "io.retention4j.loyalty..")
                .check(CORE);
    }

    @Test
    void coreInternal_doesNotDependOnReadersOrProfiles() {
        noClasses().that().resideInAPackage("io.retention4j.core.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("io.retention4j.core.io..", "io.retention4j.core.profile..")
                .because("internal helpers serve the public packages and never call back into them")
                .check(CORE);
    }
}
