package io.jointclear;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** House rules that keep the code base honest about time, money, errors and layering. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jointclear");

    @Test
    void timeComesFromTheInjectedClock() {
        ArchRule rule = noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("every \"now\" must come from the injected java.time.Clock so cases and replays are reproducible");
        rule.check(CLASSES);
    }

    @Test
    void moneyIsNeverBinaryFloatingPoint() {
        ArchRule rule = noFields().that().haveNameMatching("(?i).*(amount|value|rate|price|tax|duty|fee|total).*")
                .should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
                .because("amounts and rates are exact decimals (BigDecimal)");
        rule.check(CLASSES);
    }

    @Test
    void modulesDoNotReachIntoTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("io.jointclear.platform..")
                .should().dependOnClassesThat().resideInAPackage("io.jointclear.platform..")
                .because("business modules report problems with shared.ProblemException, not platform types")
                .check(CLASSES);
    }

    @Test
    void noFieldInjectionNorJavaUtilLogging() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(CLASSES);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
    }

    @Test
    void sharedKernelStaysFreeOfFrameworks() {
        noClasses().that().resideInAPackage("io.jointclear.shared..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .because("the shared kernel holds plain value types only")
                .check(CLASSES);
    }
}
