package quorum.analysis.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.mail.Rfc2119;

class NormativeFinderTest {
  private static List<Rfc2119> deontic(String sentence) {
    return NormativeFinder.scan(sentence).stream()
        .filter(f -> f.capitalized() || NormativeFinder.deontic(f, sentence))
        .map(f -> f.keyword().orElseThrow()).toList();
  }

  @Test
  void findsLowerCaseObligationButNotPossibility() {
    assertThat(deontic("All new BPF kernel helper-like functionality must initially start out as kfuncs."))
        .containsExactly(Rfc2119.MUST);
    assertThat(deontic("Hence, BPF programs may need to be updated in response to changes in the kernel."))
        .isEmpty();
    assertThat(deontic("Callers may pass NULL here.")).containsExactly(Rfc2119.MAY);
  }

  @Test
  void readsTwoWordKeywordsAndCase() {
    var found = NormativeFinder.scan("Drivers MUST NOT change the layout; they SHOULD add fields.");
    assertThat(found).extracting(f -> f.keyword().orElseThrow()).containsExactly(Rfc2119.MUST_NOT, Rfc2119.SHOULD);
    assertThat(found).allMatch(f -> f.capitalized());
  }

  @Test
  void tellsAKeywordNamedFromAKeywordUsed() {
    assertThat(NormativeFinder.isMention(WORTH_CAPITALIZE, 16)).isTrue(); // "a MUST from"
    assertThat(NormativeFinder.isMention(HAVING_MUST, 3)).isTrue();
    assertThat(NormativeFinder.isMention(MUST_NOT_REORDER, 2)).isFalse(); // "MUST NOT reorder"
  }

  @Test
  void splitsProposedTextIntoSentences() {
    assertThat(ProposedText.sentences("kfuncs can change. Hence, programs need to\nbe updated.\n\nSee :ref:`x`."))
        .containsExactly("kfuncs can change.", "Hence, programs need to be updated.", "See :ref:`x`.");
  }

  @Test
  void readsContractionsStrengthPhrasesAndSkipsQuotedNames() {
    assertThat(NormativeFinder.scan("Those cleanups shouldn't be done here."))
        .extracting(f -> f.asWritten(), f -> f.keyword().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("shouldn't", Rfc2119.SHOULD_NOT));
    assertThat(NormativeFinder.scan("Callers are highly encouraged to check; it usually will log."))
        .extracting(f -> f.asWritten()).containsExactly("highly encouraged", "usually will");
    assertThat(NormativeFinder.scan("Submitters are expected to test on real hardware."))
        .extracting(f -> f.asWritten()).containsExactly("expected");
    assertThat(NormativeFinder.scan("The probe is flaky, which we expected to happen.")).isEmpty();
    assertThat(NormativeFinder.scan("It failed as expected.")).isEmpty();
    assertThat(NormativeFinder.scan("The key words \"MUST\", \"SHOULD\" and \"MAY\" are to be read as in BCP 14."))
        .isEmpty();
  }

  @Test
  void skipsKeywordsGluedIntoNames() {
    assertThat(NormativeFinder.scan("Link: https://example.org/x.html optional-other-stuff")).isEmpty();
    assertThat(NormativeFinder.scan("Mark it __must_check and pass the non-optional flags.")).isEmpty();
    assertThat(NormativeFinder.scan("See docs/may/readme for details.")).isEmpty();
    // a dash between words of prose is not a name: "- MUST" after a list dash still counts
    assertThat(NormativeFinder.scan("Servers - and clients - MUST retry."))
        .extracting(f -> f.asWritten()).containsExactly("MUST");
  }

  @Test
  void gradesAnEpistemicLowerCaseMayAsPossibility() {
    String s = "This may take a long time on large repositories.";
    NormativeFinder.Found may = NormativeFinder.scan(s).get(0);
    assertThat(new NormativeFinder().grade(may, s).label()).isEqualTo("possibility");
    String p = "Callers may pass NULL.";
    assertThat(new NormativeFinder().grade(NormativeFinder.scan(p).get(0), p).label()).isEqualTo("permission");
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void aLowerCaseModalAddressedToPeopleIsARuleEvenWhereItWouldGuessAboutThings(
      quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    assertThat(proseKeywords(nlp, "Generally you should be able to review similar work before asking for review."))
        .containsExactly("should");
    assertThat(proseKeywords(nlp, "With this fix the build should be able to finish.")).isEmpty();
    String fix = "I do think we should fix those issues first.";
    NormativeFinder.Found should = NormativeFinder.prose(nlp.annotate(fix).get(0)).get(0);
    assertThat(new NormativeFinder().grade(should, fix).label()).isEqualTo("recommendation");
    assertThat(proseKeywords(nlp, "Submitters may send a new version after a week without review."))
        .containsExactly("may");
    assertThat(proseKeywords(nlp, "You may want to rebase first.")).isEmpty();
    assertThat(proseKeywords(nlp, "The cache may be stale after a crash.")).isEmpty();
    assertThat(proseKeywords(nlp, "You must have missed the second patch.")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void readsCapitalizedKeywordsPastAdverbsAsidesAndAsAdjectives(quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    assertThat(proseKeywords(nlp, "Implementations SHOULD also log the failure.")).containsExactly("SHOULD");
    assertThat(proseKeywords(nlp, "Clients MAY optionally send a second request.")).containsExactly("MAY");
    assertThat(proseKeywords(nlp, "The kernel MUST NOT ever break userspace.")).containsExactly("MUST NOT");
    assertThat(proseKeywords(nlp, "The caller SHALL, at minimum, check the return value.")).containsExactly("SHALL");
    assertThat(proseKeywords(nlp, "A Signed-off-by line is REQUIRED.")).containsExactly("REQUIRED");
    assertThat(proseKeywords(nlp, "It is RECOMMENDED to run the test suite before sending."))
        .containsExactly("RECOMMENDED");
    assertThat(NormativeFinder.prose(nlp.annotate("Using the old interface is NOT RECOMMENDED.").get(0)))
        .extracting(f -> f.keyword().orElseThrow()).containsExactly(Rfc2119.NOT_RECOMMENDED);
    // named, not used: still left to the debate
    assertThat(proseKeywords(nlp, "A SHOULD would also work.")).isEmpty();
    assertThat(proseKeywords(nlp, "MUST, really, is too strong.")).isEmpty();
    assertThat(proseKeywords(nlp, "I would drop the word OPTIONAL.")).isEmpty();
    assertThat(proseKeywords(nlp, "REQUIRED vs RECOMMENDED is the question.")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void readsLowerCaseRequiredAndRequireWhereTheyImposeARule(quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    assertThat(proseKeywords(nlp, "Whoever changes the source file is required to test the driver."))
        .containsExactly("required");
    assertThat(NormativeFinder.prose(nlp.annotate("It is recommended that you run the tests first.")
        .get(0))).extracting(f -> f.keyword().orElseThrow()).containsExactly(Rfc2119.RECOMMENDED);
    assertThat(proseKeywords(nlp, "I'm going to require that it is done before I ack a binding."))
        .containsExactly("require");
    assertThat(proseKeywords(nlp, "We require a Signed-off-by line on every patch."))
        .containsExactly("require");
    // a need stated, not a rule imposed
    assertThat(proseKeywords(nlp, "No further action is required.")).isEmpty();
    assertThat(proseKeywords(nlp, "This change requires a reboot of the machine.")).isEmpty();
    assertThat(proseKeywords(nlp, "The required headers are listed below.")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void readsPassiveEncouragementAskedOfPeopleInOwnProse(quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    assertThat(proseKeywords(nlp, "Everyone who qualifies is strongly encouraged to vote."))
        .containsExactly("strongly encouraged");
    assertThat(proseKeywords(nlp, "Maintainers are encouraged to pick up fixes within a week."))
        .containsExactly("encouraged");
    assertThat(proseKeywords(nlp, "Reviewers are expected to test the series on real hardware."))
        .containsExactly("expected");
    assertThat(proseKeywords(nlp, "We strongly encourage everyone who can to test the release candidate."))
        .containsExactly("encourage");
    // a feeling or a forecast, not something asked of anyone
    assertThat(proseKeywords(nlp, "These early results encourage us to continue.")).isEmpty();
    assertThat(proseKeywords(nlp, "I was encouraged to see so many replies.")).isEmpty();
    assertThat(proseKeywords(nlp, "The series is expected to land in the next release.")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void readsAPolicysRequirementAndAPassivePermission(quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    assertThat(proseKeywords(nlp, "The disclosure policy should not require reporters to publish their exploit."))
        .containsExactly("should not", "require");
    assertThat(proseKeywords(nlp, "The stable rules require a Fixes tag on every backport."))
        .containsExactly("require");
    assertThat(proseKeywords(nlp, "Under the new guidelines, such patches may be allowed."))
        .containsExactly("may");
    assertThat(proseKeywords(nlp, "Vendor tags may be permitted in the cover letter."))
        .containsExactly("may");
    // a need or a guess, not a rule or a leave
    assertThat(proseKeywords(nlp, "The documentation requires an update after this change.")).isEmpty();
    assertThat(proseKeywords(nlp, "The build may be slow on older machines.")).isEmpty();
    assertThat(proseKeywords(nlp, "Some drivers may be affected by this.")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void readsARequirementSharedByAConjunctionOrGrantedByAPermission(quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    assertThat(proseKeywords(nlp, "I'm happy to relax the rule for such cases and require a comment that explains why."))
        .containsExactly("require");
    assertThat(proseKeywords(nlp, "We need clear rules on how often it is permitted to require a newer compiler."))
        .containsExactly("require");
    // a need of a thing, even in the second half of a conjunction
    assertThat(proseKeywords(nlp, "I'm happy to test it, and the test will require a reboot.")).isEmpty();
    assertThat(proseKeywords(nlp, "It is possible to require a reboot after the update.")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void readsRequireOfAWholeClassAsAProposalOrAsASharedInfinitive(quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    // a norm for the whole class, or the requirement itself put forward
    assertThat(proseKeywords(nlp, "I think our changelogs require as much care as our code.")).containsExactly("require");
    assertThat(proseKeywords(nlp, "Every backport requires a Fixes tag.")).containsExactly("requires");
    assertThat(proseKeywords(nlp, "Requiring a test case for each new ioctl would make sense."))
        .containsExactly("Requiring");
    // "it require" cannot be a clause: the second infinitive after "happy to relax"
    assertThat(proseKeywords(nlp, "I'm happy to relax the rule to cases where it's really needed and require explaining "
        + "in a comment why.")).containsExactly("require");
    // needs of things, not rules
    assertThat(proseKeywords(nlp, "Each worker requires its own stack.")).isEmpty();
    assertThat(proseKeywords(nlp, "Most panels require a reset sequence at power-up.")).isEmpty();
    assertThat(proseKeywords(nlp, "The documentation requires an update after this change.")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void readsLowerCaseRecommendedAsTheKeywordAndLeavesReportedAdviceOut(quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    assertThat(NormativeFinder.prose(nlp.annotate("The recommended practice is to run the checker before posting.")
        .get(0))).extracting(f -> f.keyword().orElseThrow()).containsExactly(Rfc2119.RECOMMENDED);
    assertThat(proseKeywords(nlp, "I would recommend splitting the series.")).containsExactly("recommend");
    assertThat(proseKeywords(nlp, "As Thomas recommends, keep the old helper for a release.")).isEmpty();
    assertThat(proseKeywords(nlp, "She recommended a rewrite of the parser.")).isEmpty();
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void leavesOutModalsOfEmbeddedQuestionsAndOfViewsAscribedToOthers(quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    assertThat(proseKeywords(nlp, "We could have a session about what should be done differently.")).isEmpty();
    assertThat(proseKeywords(nlp, "I was not sure whether I should resend or wait.")).isEmpty();
    assertThat(proseKeywords(nlp, "Without the tag I cannot tell how far back it should go.")).isEmpty();
    assertThat(proseKeywords(nlp, "If you think that every fix should go to stable, say so.")).isEmpty();
    assertThat(proseKeywords(nlp, "Others argue that we should wait for the lawyers.")).isEmpty();
    assertThat(proseKeywords(nlp, "This runs against the idea that every driver should have its own directory."))
        .isEmpty();
    assertThat(proseKeywords(nlp, "The argument seems to be that it should be doing more.")).isEmpty();
    assertThat(proseKeywords(nlp, "My argument is that we should wait for the lawyers.")).containsExactly("should");
    // a direct question, a question to settle, the writer's own view, a free relative after
    // "be" and what was said still count
    assertThat(proseKeywords(nlp, "The goal is to decide how the bus should be represented in the tree."))
        .containsExactly("should");
    assertThat(proseKeywords(nlp, "Who reviews it, and which acks must be collected before it is merged?"))
        .containsExactly("must");
    assertThat(proseKeywords(nlp, "I think that we should wait for the lawyers.")).containsExactly("should");
    assertThat(proseKeywords(nlp, "That is why the list should not be hosted there.")).containsExactly("should not");
    assertThat(proseKeywords(nlp, "The maintainer said that this must be up to the reporter.")).containsExactly("must");
  }

  @Test
  @org.junit.jupiter.api.Tag("nlp")
  @org.junit.jupiter.api.extension.ExtendWith(quorum.analysis.testing.NlpExtension.class)
  void readsShouldBeAbleOrPossibleToAsAnEntitlement(quorum.analysis.nlp.CoreNlpAnnotator nlp) {
    assertThat(proseKeywords(nlp, "I should be able to send a binding fix without touching any driver."))
        .containsExactly("should");
    assertThat(proseKeywords(nlp, "It should be possible to build the manual with the distribution's Sphinx."))
        .containsExactly("should");
    // a guess about a thing
    assertThat(proseKeywords(nlp, "That should be possible.")).isEmpty();
    assertThat(proseKeywords(nlp, "With this fix the build should be able to finish.")).isEmpty();
  }

  private static List<String> proseKeywords(quorum.analysis.nlp.CoreNlpAnnotator nlp, String text) {
    return NormativeFinder.prose(nlp.annotate(text).get(0)).stream().map(f -> f.asWritten()).toList();
  }
}
