package quorum.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the module arrows of STYLE.md §1: the model is JDK-only, and each heavy library
 * (Mime4J, Lucene, CoreNLP) stays inside the one module that owns it. Lives in cli because
 * only cli sees every module's classes.
 */
class ArchitectureTest {
  private static JavaClasses quorum;

  @BeforeAll
  static void importClasses() {
    quorum = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("quorum");
  }

  @Test
  void modelUsesOnlyTheJdk() {
    classes().that().resideInAPackage("quorum.mail..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "quorum.mail..", "org.jspecify..")
        .check(quorum);
  }

  @Test
  void mime4jStaysInIngest() {
    noClasses().that().resideOutsideOfPackage("quorum.ingest..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.james.mime4j..")
        .check(quorum);
  }

  @Test
  void luceneStaysInIndex() {
    noClasses().that().resideOutsideOfPackage("quorum.index..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .allowEmptyShould(true).check(quorum);
  }

  @Test
  void coreNlpStaysInAnalysis() {
    noClasses().that().resideOutsideOfPackage("quorum.analysis..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
        .allowEmptyShould(true).check(quorum);
  }

  @Test
  void ingestKnowsNothingOfTheModulesAboveIt() {
    noClasses().that().resideInAnyPackage("quorum.ingest..", "quorum.mail..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("quorum.index..", "quorum.analysis..", "quorum.cli..")
        .check(quorum);
  }

  @Test
  void indexAndAnalysisDoNotKnowEachOther() {
    // allowEmptyShould: a module may still be empty early in its life
    noClasses().that().resideInAPackage("quorum.index..")
        .should().dependOnClassesThat().resideInAnyPackage("quorum.analysis..", "quorum.cli..")
        .allowEmptyShould(true).check(quorum);
    noClasses().that().resideInAPackage("quorum.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("quorum.index..", "quorum.cli..")
        .allowEmptyShould(true).check(quorum);
  }
}
