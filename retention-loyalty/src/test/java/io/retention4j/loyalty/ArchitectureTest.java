package io.retention4j.loyalty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: loyalty depends on core only (it reaches metrics through interfaces core defines), and
 * only on core's public packages.
 */
class ArchitectureTest {
    private static final JavaClasses LOYALTY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.retention4j.loyalty");

    @Test
    void loyalty_doesNotDependOnMetrics() {
        noClasses().that().resideInAPackage("io.retention4j.loyalty..")
                .should().dependOnClassesThat().resideInAPackage("io.retention4j.metrics..")
                .allowEmptyShould(true)
                .check(LOYALTY);
    }

    @Test
    void loyalty_doesNotTouchCoreInternals() {
        noClasses().that().resideInAPackage("io.retention4j.loyalty..")
                .should().dependOnClassesThat().resideInAPackage("io.retention4j.core.internal..")
                .allowEmptyShould(true)
                .check(LOYALTY);
    }
}
