package org.uditrust;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the dependency rules of ARCHITECTURE.md. An exception to a rule must be written here, by name, with the
 * reason; there is none yet.
 */
@AnalyzeClasses(packages = "org.uditrust", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.uditrust";

    @ArchTest
    static final ArchRule onlyAppUsesJavaFx = noClasses().that().resideOutsideOfPackages(ROOT + ".app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("only the desktop face knows the UI toolkit");

    @ArchTest
    static final ArchRule onlyCliUsesPicocli = noClasses().that().resideOutsideOfPackages(ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .because("only the command-line face parses command lines");

    @ArchTest
    static final ArchRule onlyStoreUsesSql = noClasses().that().resideOutsideOfPackages(ROOT + ".store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                    "org.sqlite..", "org.postgresql..")
            .because("the core knows no SQL");

    @ArchTest
    static final ArchRule onlyReportUsesPdfBox = noClasses().that().resideOutsideOfPackages(ROOT + ".report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..");

    @ArchTest
    static final ArchRule onlyBarcodeUsesZxing = noClasses().that().resideOutsideOfPackages(ROOT + ".barcode..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.zxing..");

    @ArchTest
    static final ArchRule onlyAttestUsesTss = noClasses().that().resideOutsideOfPackages(ROOT + ".attest..")
            .should().dependOnClassesThat().resideInAnyPackage("tss..");

    @ArchTest
    static final ArchRule onlyCryptoPackagesUseBouncyCastle = noClasses().that()
            .resideOutsideOfPackages(ROOT + ".identity..", ROOT + ".attest..", ROOT + ".audit..", ROOT + ".report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..")
            .because("certificates and signatures are the job of identity (and attest, audit, report signing)");

    @ArchTest
    static final ArchRule identityUsesOnlyUdi = noClasses().that().resideInAPackage(ROOT + ".identity..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".barcode..", ROOT + ".attest..",
                    ROOT + ".registry..", ROOT + ".store..", ROOT + ".recall..", ROOT + ".report..",
                    ROOT + ".audit..", ROOT + ".cli..", ROOT + ".app..")
            .because("identity is core: certificates and keys, knowing only UDI values");

    @ArchTest
    static final ArchRule udiUsesJdkOnly = noClasses().that().resideInAPackage(ROOT + ".udi..")
            .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".udi..", "java..")
            .because("the UDI engine is plain Java: JDK only");

    @ArchTest
    static final ArchRule barcodeUsesOnlyUdi = noClasses().that().resideInAPackage(ROOT + ".barcode..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".identity..", ROOT + ".attest..",
                    ROOT + ".registry..", ROOT + ".store..", ROOT + ".recall..", ROOT + ".report..",
                    ROOT + ".audit..", ROOT + ".cli..", ROOT + ".app..");

    @ArchTest
    static final ArchRule coreNeverReachesFacesOrStore = noClasses().that().resideInAnyPackage(ROOT + ".udi..",
                    ROOT + ".barcode..", ROOT + ".identity..", ROOT + ".attest..", ROOT + ".recall..",
                    ROOT + ".report..", ROOT + ".audit..", ROOT + ".registry..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store..", ROOT + ".cli..", ROOT + ".app..")
            .because("the core is driven by the faces and persisted through interfaces, never the reverse");

    @ArchTest
    static final ArchRule facesNeverUseStoreDirectly = noClasses().that().resideInAnyPackage(ROOT + ".cli..",
                    ROOT + ".app..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".store..")
            .because("faces go through services");

    @ArchTest
    static final ArchRule facesAreIndependent = noClasses().that().resideInAPackage(ROOT + ".cli..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..");

    @ArchTest
    static final ArchRule noCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noConsoleOutsideCli = noClasses().that().resideOutsideOfPackages(ROOT + ".cli..")
            .and().doNotHaveFullyQualifiedName(ROOT + ".Main")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("output goes through the CLI or the logging facade");

    @ArchTest
    static final ArchRule oneLoggingFacade = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging..",
                    "ch.qos.logback..")
            .because("logging goes through SLF4J only");
}
