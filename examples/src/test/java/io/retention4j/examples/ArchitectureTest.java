package io.retention4j.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Examples use only the public API: no module's internal packages. */
class ArchitectureTest {
    private static final JavaClasses EXAMPLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.retention4j.examples");

    @Test
    void examples_useNoInternalPackages() {
        noClasses().that().resideInAPackage("io.retention4j.examples..")
                .should().dependOnClassesThat().resideInAPackage("io.retention4j..internal..")
                .check(EXAMPLES);
    }
}
