package org.shoetopia;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: app → ui/cli → api ← service → persistence → domain; JavaFX only in ui and
 * app.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shoetopia");
    }

    /**
     * Hibernate's mapping annotations are allowed beside JPA's: {@code @Immutable} and
     * {@code @DynamicUpdate} say what the database role may write (db/roles/grants.sql), and JPA has no
     * word for either. Hibernate's API is not.
     */
    @Test
    void domainDependsOnNothingOfOursNorOnJdbcOrJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("org.shoetopia.domain..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "org.shoetopia.service..",
                                "org.shoetopia.persistence..",
                                "org.shoetopia.ui..",
                                "org.shoetopia.cli..",
                                "org.shoetopia.app..",
                                "javafx..",
                                "org.hibernate..",
                                "java.sql..")
                        .and(not(resideInAPackage("org.hibernate.annotations"))))
                .check(classes);
    }

    /**
     * Use cases reach native SQL through the transaction ({@code tx.sql()}), never through a JDBC
     * connection of their own.
     */
    @Test
    void servicesHoldNoJdbcConnection() {
        noClasses()
                .that()
                .resideInAPackage("org.shoetopia.service..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.sql..")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("NativeStatements")
                .check(classes);
    }

    @Test
    void persistenceKnowsNoServiceOrScreen() {
        noClasses()
                .that()
                .resideInAPackage("org.shoetopia.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.shoetopia.service..",
                        "org.shoetopia.ui..",
                        "org.shoetopia.cli..",
                        "org.shoetopia.app..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void servicesKnowNoScreen() {
        noClasses()
                .that()
                .resideInAPackage("org.shoetopia.service..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.shoetopia.ui..", "org.shoetopia.cli..", "org.shoetopia.app..", "javafx..")
                .check(classes);
    }

    @Test
    void screensNeverReachPersistence() {
        noClasses()
                .that()
                .resideInAPackage("org.shoetopia.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.shoetopia.persistence..", "org.hibernate..", "java.sql..")
                .check(classes);
    }

    /**
     * Screens call the API only, so the same screens run over the in-process services or a server (the
     * terminal's own settings, in terminal/, are local to the machine by nature).
     */
    @Test
    void screensSeeTheApiNotItsImplementation() {
        noClasses()
                .that()
                .resideInAPackage("org.shoetopia.ui..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.shoetopia.service..")
                        .or(JavaClass.Predicates.resideInAPackage("org.shoetopia.persistence..")))
                .check(classes);
    }

    /** What crosses the API is records, enums and value types: nothing of the implementation, no HTTP, no JavaFX. */
    @Test
    void theApiStandsOnTheDomainAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.shoetopia.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.shoetopia.service..",
                        "org.shoetopia.persistence..",
                        "org.shoetopia.ui..",
                        "org.shoetopia.cli..",
                        "org.shoetopia.app..",
                        "org.hibernate..",
                        "jakarta.persistence..",
                        "java.sql..",
                        "javafx..")
                .check(classes);
    }

    /**
     * A controller binds and hands events to its view model; only view models call the use cases
     * (reading the records they return, to fill a table, is binding).
     */
    @Test
    void controllersCallNoService() {
        noClasses()
                .that()
                .resideInAPackage("org.shoetopia.ui..")
                .and()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .callMethodWhere(JavaCall.Predicates.target(
                        HasOwner.Predicates.With.owner(JavaClass.Predicates.resideInAPackage("org.shoetopia.api..")
                                .and(JavaClass.Predicates.simpleNameEndingWith("Service"))
                                .or(JavaClass.Predicates.simpleName("ReceiptPdf")))))
                .check(classes);
    }

    /** A till in server mode reaches nothing but the API and the wire: no service, no database, no server. */
    @Test
    void theRemoteTillKnowsOnlyTheApiAndTheWire() {
        noClasses()
                .that()
                .resideInAnyPackage("org.shoetopia.remote..", "org.shoetopia.wire..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.shoetopia.service..",
                        "org.shoetopia.persistence..",
                        "org.shoetopia.server..",
                        "org.hibernate..",
                        "java.sql..",
                        "io.javalin..",
                        "org.eclipse.jetty..")
                .check(classes);
    }

    /** The server is the one place that knows both HTTP and the services. */
    @Test
    void onlyTheServerSpeaksHttpFromTheServiceSide() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.shoetopia.server..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void commandLineHasNoJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("org.shoetopia.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.shoetopia.ui..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.shoetopia.(*)..").should().beFreeOfCycles().check(classes);
    }
}
