package io.gongkai.aggregation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The domain core of aggregation: plain Java that knows neither Spring nor Kafka, in packages that do not depend on each other in a circle. */
class AggregationCoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.gongkai.aggregation");

    @Test
    void knowsNeitherSpringNorKafka() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..").check(CORE);
    }

    @Test
    void itsPackagesFormNoCycle() {
        slices().matching("io.gongkai.aggregation.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
