package dev.sifc;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled classes: each package holds
 * one job and may use only the packages below it. A violation fails {@code mvn verify} with the
 * offending class and call.
 */
class ArchitectureTest {
    private static final String WCWIDTH = "org.jline.utils.WCWidth";
    /** The one class of Gson outside its streaming package that load uses: the reader's strictness setting. */
    private static final String GSON_STRICTNESS = "com.google.gson.Strictness";
    private static JavaClasses ours;

    @BeforeAll
    static void importOurClasses() {
        ours = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.sifc");
    }

    private static void check(ArchRule rule) {
        rule.check(ours);
    }

    @Test
    void theCoreUsesTheJavaPlatformOnly() {
        check(classes().that().resideInAPackage("dev.sifc.core..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.sifc.core..", "java.."));
    }

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        // JSON Lines answers: load reads them with Gson's streaming reader, that part of Gson alone (no data binding).
        check(classes().that().resideInAPackage("dev.sifc.load..").should().onlyDependOnClassesThat(
                resideInAnyPackage("dev.sifc.load..", "java..", "dev.sifc.core..", "org.yaml.snakeyaml..", "com.google.gson.stream..")
                        .or(name(GSON_STRICTNESS))));
        // Display widths: text measures columns with JLine's WCWidth, its one class from JLine.
        check(classes().that().resideInAPackage("dev.sifc.text..").should().onlyDependOnClassesThat(
                resideInAnyPackage("dev.sifc.text..", "java..", "dev.sifc.core..").or(name(WCWIDTH))));
        allowed("render", "dev.sifc.core..", "dev.sifc.text..", "com.google.gson..");
        allowed("store", "dev.sifc.core..", "dev.sifc.load..", "com.google.gson..");
        allowed("prompt", "dev.sifc.core..", "dev.sifc.text..", "org.jline..", "sun.misc..");
        allowed("mail", "org.apache.james.mime4j..");
    }

    private static void allowed(String pkg, String... others) {
        String[] packages = new String[others.length + 2];
        packages[0] = "dev.sifc." + pkg + "..";
        packages[1] = "java..";
        System.arraycopy(others, 0, packages, 2, others.length);
        check(classes().that().resideInAPackage("dev.sifc." + pkg + "..").should().onlyDependOnClassesThat()
                .resideInAnyPackage(packages));
    }

    @Test
    void eachLibraryStaysInItsPackage() {
        only("org.yaml.snakeyaml..", "dev.sifc.load..");
        only("org.jline..", "dev.sifc.prompt..", "dev.sifc.text..");
        check(noClasses().that().resideInAPackage("dev.sifc.text..").should().dependOnClassesThat(
                resideInAPackage("org.jline..").and(name(WCWIDTH).negate())));
        only("picocli..", "dev.sifc.cli..");
        only("com.google.gson..", "dev.sifc.render..", "dev.sifc.store..", "dev.sifc.load..");
        only("org.apache.james.mime4j..", "dev.sifc.mail..");
    }

    private static void only(String library, String... packages) {
        check(noClasses().that().resideOutsideOfPackages(packages).should().dependOnClassesThat().resideInAPackage(library));
    }

    /** The prompt's screens draw frames and take keys; only FullScreenTerminal touches the terminal, so they test without one. */
    @Test
    void theScreensKnowNoTerminal() {
        check(noClasses().that().resideInAPackage("dev.sifc.prompt").and().haveSimpleNameEndingWith("Screen")
                .or().haveFullyQualifiedName("dev.sifc.prompt.Layout")
                .should().dependOnClassesThat().resideInAnyPackage("org.jline.terminal..", "org.jline.keymap..")
                .orShould().dependOnClassesThat().haveSimpleName("FullScreenTerminal"));
    }

    @Test
    void thePackagesFormNoCycle() {
        check(slices().matching("dev.sifc.(*)..").should().beFreeOfCycles());
    }

    @Test
    void onlyMainEndsTheProcess() {
        check(noClasses().that().doNotHaveFullyQualifiedName("dev.sifc.Main").should()
                .callMethod(System.class, "exit", int.class));
    }
}
