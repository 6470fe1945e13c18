package quorum.analysis.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Rfc2119;

/**
 * A short SHOULD-vs-MUST debate on the real pipeline: who proposed which keyword, why, how
 * each option ended, and a lower-case strength phrase softened in the next version.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class NormativeDebateTest {
  private static final String V1 = """
      --- a/doc/abi.rst
      +++ b/doc/abi.rst
      @@ -1,2 +1,4 @@
       Rules for new ioctls.
      +Userspace SHOULD zero the reserved fields.
      +Callers are highly encouraged to check the result.
      """;
  private static final String V2 = """
      --- a/doc/abi.rst
      +++ b/doc/abi.rst
      @@ -1,2 +1,4 @@
       Rules for new ioctls.
      +Userspace MUST zero the reserved fields.
      +Callers are encouraged to check the result.
      """;

  @Test
  void readsWhoProposedWhichKeywordWhyAndHowItEnded(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] doc: abi rules")
        .message("m0", "Ana Author", null, Threads.own("This writes the ABI rules down."),
            Threads.patch(V1))
        .message("m1", "Rui Reviewer", "m0", Threads.quote("+Userspace SHOULD zero the reserved fields."),
            Threads.own("This has to be a MUST, because the kernel rejects non-zero fields."))
        .message("m2", "Ana Author", "m1", Threads.quote("This has to be a MUST, because the kernel rejects non-zero fields."),
            Threads.own("Agreed, MUST it is in v2."))
        .message("m3", "Ana Author", "m0", Threads.own("v2: SHOULD became MUST."), Threads.patch(V2))
        .build());

    NormativeUse should = a.normative().stream()
        .filter(n -> n.keyword().equals(Optional.of(Rfc2119.SHOULD)) && n.capitalized()).findFirst().orElseThrow();
    assertThat(should.place()).isEqualTo(NormativeUse.Place.ADDED);
    assertThat(should.by().display()).isEqualTo("Ana Author");
    assertThat(should.debated()).isTrue();
    assertThat(should.options()).extracting(o -> o.option(), o -> o.by().display(), o -> o.outcome())
        .contains(tuple("MUST", "Rui Reviewer", NormativeOption.Outcome.ADOPTED));
    assertThat(should.options().get(0).why()).contains("because the kernel rejects");
    assertThat(should.resolvedTo()).contains("MUST");

    assertThat(a.normative()).filteredOn(n -> n.asWritten().equals("highly encouraged"))
        .singleElement().satisfies(n -> {
          assertThat(n.keyword()).isEmpty();
          assertThat(n.strength().value()).isEqualTo(4);
          assertThat(n.resolvedTo()).contains("encouraged");
        });
  }

  @Test
  void aTopPostedReplyOrAWholeQuotedParagraphDebatesTheRuleItNames(Analyzer analyzer) {
    String rule = "Clients MUST retry a failed upload three times, and they should wait between attempts.";
    ThreadAnalysis a = analyzer.analyze(new Threads("[RFC] retry policy")
        .message("m0", "Ana Author", null, Threads.own("I propose this rule. " + rule
            + " Servers MAY reject a fourth attempt."))
        .message("m1", "Rui Reviewer", "m0", Threads.own("The MUST seems too strong to me. A SHOULD would do."))
        .message("m2", "Lea Lead", "m0", Threads.quote(rule + " Servers MAY reject a fourth attempt."),
            Threads.own("I would make the MAY a MUST NOT, or clients will loop."))
        .build());

    NormativeUse must = a.normative().stream()
        .filter(n -> n.keyword().equals(Optional.of(Rfc2119.MUST)) && n.capitalized()).findFirst().orElseThrow();
    assertThat(must.debated()).isTrue();
    assertThat(must.options()).extracting(o -> o.option(), o -> o.by().display())
        .containsExactly(tuple("MUST", "Rui Reviewer"), tuple("SHOULD", "Rui Reviewer"));
    // the whole paragraph quoted, then its MAY named: the MAY is debated, the MUST not again
    assertThat(a.normative()).filteredOn(n -> n.keyword().equals(Optional.of(Rfc2119.MAY)))
        .singleElement().satisfies(n -> assertThat(n.options()).extracting(o -> o.option(), o -> o.by().display())
            .containsExactly(tuple("MAY", "Lea Lead"), tuple("MUST NOT", "Lea Lead")));
    // a lower-case "should" is not the SHOULD argued about
    assertThat(a.normative()).filteredOn(n -> n.asWritten().equals("should"))
        .singleElement().satisfies(n -> assertThat(n.debated()).isFalse());

    ThreadAnalysis quotedWhole = analyzer.analyze(new Threads("[RFC] retry policy")
        .message("m0", "Ana Author", null, Threads.own("I propose this rule. " + rule
            + " Servers MAY reject a fourth attempt."))
        .message("m1", "Lea Lead", "m0", Threads.quote(rule + " Servers MAY reject a fourth attempt."),
            Threads.own("Make the MUST a SHOULD, servers cope."))
        .build());
    assertThat(quotedWhole.normative()).filteredOn(n -> n.keyword().equals(Optional.of(Rfc2119.MUST)))
        .singleElement().satisfies(n -> assertThat(n.options()).extracting(o -> o.option())
            .containsExactly("MUST", "SHOULD"));
  }

  private static final String TWO_RULES = """
      --- a/doc/abi.rst
      +++ b/doc/abi.rst
      @@ -1,2 +1,4 @@
       Rules for new ioctls.
      +Drivers MUST NOT change the layout of a released structure.
      +Reserved fields SHOULD be zeroed by userspace before the call.
      +Every new ioctl should come with a selftest in the tree.
      """;

  @Test
  void anInlineReplyDebatesTheRuleQuotedRightAboveIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] doc: abi rules")
        .message("m0", "Ana Author", null, Threads.own("This writes the ABI rules down."),
            Threads.patch(TWO_RULES))
        .message("m1", "Rui Reviewer", "m0",
            Threads.quote("+Drivers MUST NOT change the layout of a released structure."),
            Threads.own("Why MUST NOT rather than SHOULD NOT? Padding has been reused before."),
            Threads.quote("+Reserved fields SHOULD be zeroed by userspace before the call."),
            Threads.own("Agreed, this one is fine as it is."),
            Threads.quote("+Every new ioctl should come with a selftest in the tree."),
            Threads.own("Wouldn't a MUST be better here?"))
        .message("m2", "Lea Lead", "m1", Threads.quote("Wouldn't a MUST be better here?"),
            Threads.own("No. Let's go with MUST NOT for the layout and keep the selftest rule at \"should\"."))
        .message("m3", "Rui Reviewer", "m2", Threads.quote("Let's go with MUST NOT for the layout."),
            Threads.own("Fine, MUST NOT is fine with me then."))
        .build());

    // the reserved-field rule was only agreed with: the options named under the other two
    // rules, and the later replies naming them, are not its debate
    assertThat(a.normative()).filteredOn(n -> n.keyword().equals(Optional.of(Rfc2119.SHOULD)) && n.capitalized())
        .singleElement().satisfies(n -> {
          assertThat(n.debated()).isFalse();
          assertThat(n.options()).isEmpty();
        });
    assertThat(a.normative()).filteredOn(n -> n.keyword().equals(Optional.of(Rfc2119.MUST_NOT)))
        .singleElement().satisfies(n -> {
          assertThat(n.options()).extracting(o -> o.option()).contains("MUST NOT", "SHOULD NOT")
              .doesNotContain("MUST");
          assertThat(n.resolvedTo()).contains("MUST NOT");
        });
    assertThat(a.normative()).filteredOn(n -> n.asWritten().equals("should"))
        .singleElement().satisfies(n -> {
          assertThat(n.options()).extracting(o -> o.option()).contains("MUST").doesNotContain("SHOULD NOT");
          assertThat(n.resolvedTo()).contains("should");
        });
  }

  @Test
  void aRuleArguedWithLineByLineIsDebatedOneAgreedWithIsNot(Analyzer analyzer) {
    String argued = "Maintainers should reply to every patch within two weeks.";
    String agreed = "Every reply should go to the list, not in private.";
    ThreadAnalysis a = analyzer.analyze(new Threads("[RFC] reviewer etiquette")
        .message("m0", "Ana Author", null, Threads.own("I propose two rules. " + argued + " " + agreed))
        .message("m1", "Rui Reviewer", "m0", Threads.quote(argued),
            Threads.own("Two weeks is not realistic during the merge window."),
            Threads.quote(agreed), Threads.own("Agreed, private review helps nobody."))
        .build());

    assertThat(a.normative()).filteredOn(n -> n.evidence().excerpt().startsWith("Maintainers"))
        .singleElement().satisfies(n -> assertThat(n.debated()).isTrue());
    assertThat(a.normative()).filteredOn(n -> n.evidence().excerpt().startsWith("Every reply"))
        .singleElement().satisfies(n -> assertThat(n.debated()).isFalse());
  }
}
