package quorum.analysis.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.Stance;

/** Points two people argued over and nobody settled are left open (or proposed). */
class UnsettledIssuesTest {
  private static final Issue TOPIC = issue("i1", "Merge tree too flat?", Issue.Kind.PROPOSAL, "A");
  private static final Issue POINT = issue("i2", "Perhaps the first step is to split the tree.",
      Issue.Kind.POINT, "B");

  private static final Issue QUOTED = issue("i2", "Hierarchy is what makes the tree scale.",
      Issue.Kind.ANCHOR, "B");

  @Test
  void aQuotedStatementTwoPeopleArguedAndNobodySettledIsOpen() {
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, QUOTED),
        List.of(position("B", QUOTED, Stance.SUPPORT), position("C", QUOTED, Stance.OPPOSE)),
        List.of(proposed(TOPIC)), List.of());
    assertThat(out).anyMatch(d -> d.issue().equals("i2") && d.status() == DecisionStatus.OPEN);
  }

  /**
   * A remark made in a reply (a concern, an observation) is part of the debate on the
   * proposal, not an option to decide.
   */
  @Test
  void aPointMadeInAReplyIsNotLeftOpenHoweverArgued() {
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, POINT),
        List.of(position("B", POINT, Stance.SUPPORT), position("C", POINT, Stance.OPPOSE)),
        List.of(proposed(TOPIC)), List.of());
    assertThat(out).noneMatch(d -> d.issue().equals("i2"));
  }

  /** A course of action a reply put forward that another took a stand on, unsettled: open. */
  @Test
  void aSuggestionInAReplyThatAnotherTookUpIsOpen() {
    Issue listing = issue("i2", "We could add a DEPRECATED file that lists the options going away.",
        Issue.Kind.POINT, "B");
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, listing),
        List.of(position("C", listing, Stance.SUPPORT)), List.of(proposed(TOPIC)), List.of(),
        Optional.of(Participant.named("A")), Set.of("i2"));
    assertThat(out).anyMatch(d -> d.issue().equals("i2") && d.status() == DecisionStatus.OPEN
        && d.gist().startsWith("suggested, not settled"));
  }

  /**
   * "Perhaps we should have a mentorship program for new maintainers." - "+1, I'd help." -
   * "Good idea.": welcomes from peers are views; nobody who would run the program took it on,
   * so the suggestion stays open rather than proposed.
   */
  @Test
  void aSuggestionTwoOthersWelcomedStaysOpen() {
    Issue mentors = issue("i2", "Perhaps we should have a mentorship program for new maintainers.",
        Issue.Kind.POINT, "B");
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, mentors),
        List.of(position("B", mentors, Stance.SUPPORT), position("C", mentors, Stance.SUPPORT),
            position("D", mentors, Stance.SUPPORT)),
        List.of(proposed(TOPIC)), List.of(), Optional.of(Participant.named("A")), Set.of("i2"));
    assertThat(out).anyMatch(d -> d.issue().equals("i2") && d.status() == DecisionStatus.OPEN
        && d.gist().startsWith("suggested, not settled"));
  }

  /** An objection among the welcomes, or a single taker, leaves the suggestion open too. */
  @Test
  void aSuggestionSomeoneObjectedToOrOnlyOneTookUpStaysOpen() {
    Issue mentors = issue("i2", "Perhaps we should have a mentorship program for new maintainers.",
        Issue.Kind.POINT, "B");
    List<Decision> objected = UnsettledIssues.add(List.of(TOPIC, mentors),
        List.of(position("C", mentors, Stance.SUPPORT), position("D", mentors, Stance.SUPPORT),
            position("E", mentors, Stance.OPPOSE)),
        List.of(proposed(TOPIC)), List.of(), Optional.of(Participant.named("A")), Set.of("i2"));
    assertThat(objected).anyMatch(d -> d.issue().equals("i2")
        && d.status() == DecisionStatus.OPEN);
    List<Decision> one = UnsettledIssues.add(List.of(TOPIC, mentors),
        List.of(position("C", mentors, Stance.SUPPORT)),
        List.of(proposed(TOPIC)), List.of(), Optional.of(Participant.named("A")), Set.of("i2"));
    assertThat(one).anyMatch(d -> d.issue().equals("i2") && d.status() == DecisionStatus.OPEN);
  }

  /** Only its raiser holding it (as the suggestion's author does) is no uptake. */
  @Test
  void aSuggestionOnlyItsRaiserHoldsIsNotOpen() {
    Issue listing = issue("i2", "We could add a DEPRECATED file that lists the options going away.",
        Issue.Kind.POINT, "B");
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, listing),
        List.of(position("B", listing, Stance.SUPPORT)), List.of(proposed(TOPIC)), List.of(),
        Optional.of(Participant.named("A")), Set.of("i2"));
    assertThat(out).noneMatch(d -> d.issue().equals("i2"));
  }

  /**
   * "Applied, thanks" settles the patch, not a suggestion made beside it that nobody took up
   * or turned down ("Let's also list the options going away in a DEPRECATED file"): it stays
   * open, whoever spoke to it.
   */
  @Test
  void aSuggestionNothingSettledStaysOpenInASettledThread() {
    Issue listing = issue("i2", "Let's also list the options going away in a DEPRECATED file.",
        Issue.Kind.POINT, "B");
    Decision applied = new Decision("i1", DecisionStatus.AGREED, "Applied, thanks.",
        Optional.of(Participant.named("M")), new Evidence(new MessageKey("m3"), LineSpan.of(1, 1),
            "Applied, thanks.", ""));
    for (List<Position> spoken : List.of(List.<Position>of(),
        List.of(position("C", listing, Stance.OPPOSE)))) {
      List<Decision> out = UnsettledIssues.add(List.of(TOPIC, listing), spoken, List.of(applied),
          List.of(), Optional.of(Participant.named("A")), Set.of("i2"));
      assertThat(out).hasSize(2).contains(applied).anySatisfy(d -> {
        assertThat(d.issue()).isEqualTo("i2");
        assertThat(d.status()).isEqualTo(DecisionStatus.OPEN);
        assertThat(d.gist()).startsWith("suggested, not settled: ");
      });
    }
  }

  /** A suggestion that a verdict of its own settled keeps that verdict. */
  @Test
  void aSettledSuggestionKeepsItsVerdictInASettledThread() {
    Issue listing = issue("i2", "Let's also list the options going away in a DEPRECATED file.",
        Issue.Kind.POINT, "B");
    Decision applied = new Decision("i1", DecisionStatus.AGREED, "Applied, thanks.",
        Optional.of(Participant.named("M")), new Evidence(new MessageKey("m3"), LineSpan.of(1, 1),
            "Applied, thanks.", ""));
    Decision dropped = new Decision("i2", DecisionStatus.REJECTED, "NAK on the file.",
        Optional.of(Participant.named("M")), new Evidence(new MessageKey("m4"), LineSpan.of(1, 1),
            "NAK on the file.", ""));
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, listing), List.of(),
        List.of(applied, dropped), List.of(), Optional.of(Participant.named("A")), Set.of("i2"));
    assertThat(out).containsExactly(applied, dropped);
  }

  /**
   * End to end: "We could also ship a script ..." in a reply, which another participant
   * welcomes, is a suggestion the thread took up and nobody settled.
   */
  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void aSuggestionTakenUpInAReplyStaysOpen(Analyzer analyzer) {
    String plan = "I propose that we make JSON the default log format in the next release.";
    String idea = "We could also ship a script that converts the parsers people already"
        + " wrote.";
    ThreadAnalysis a = analyzer.analyze(new Threads("RFC: JSON as the default log format")
        .message("m0", "Nora Lind", null, Threads.own(plan))
        .message("m1", "Omar Said", "m0", Threads.quote(plan), Threads.own(idea))
        .message("m2", "Petra Vogt", "m1", Threads.quote(idea),
            Threads.own("I like that, a converting script would save every user a manual port."))
        .build());
    Optional<Issue> script = a.issues().stream().filter(i -> i.text().equals(idea)).findFirst();
    assertThat(script).isPresent();
    assertThat(script.get().kind()).isEqualTo(Issue.Kind.POINT);
    assertThat(a.decisions()).anyMatch(d -> d.issue().equals(script.get().id())
        && d.status() == DecisionStatus.OPEN);
    assertThat(DecisionFinder.anySettled(a.decisions())).isFalse();
  }

  /** Without a proposal (the first mail is not in the archive) the opening point is the topic. */
  @Test
  void thePointThatOpensAThreadWithoutAProposalIsOpen() {
    Issue opening = issue("i1", "We need the decree that BPF programs are not user API.",
        Issue.Kind.POINT, "B");
    Issue later = issue("i2", "Selftests should cover every kfunc.", Issue.Kind.POINT, "C");
    List<Decision> out = UnsettledIssues.add(List.of(opening, later),
        List.of(position("B", opening, Stance.SUPPORT), position("C", opening, Stance.OPPOSE),
            position("C", later, Stance.SUPPORT), position("D", later, Stance.CONCERN)),
        List.of(), List.of());
    assertThat(out).singleElement().satisfies(d -> {
      assertThat(d.issue()).isEqualTo("i1");
      assertThat(d.status()).isEqualTo(DecisionStatus.OPEN);
    });
  }

  @Test
  void aPointOnlyItsRaiserSpokeToIsNotCountedAsDiscussed() {
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, POINT),
        List.of(position("B", POINT, Stance.SUPPORT), position("B", POINT, Stance.SUPPORT)),
        List.of(proposed(TOPIC)), List.of());
    assertThat(out).noneMatch(d -> d.issue().equals("i2"));
  }

  @Test
  void inAThreadThatSettledSomethingNothingIsAdded() {
    Decision applied = new Decision("i1", DecisionStatus.AGREED, "Applied, thanks.",
        Optional.of(Participant.named("M")), new Evidence(new MessageKey("m3"), LineSpan.of(1, 1),
            "Applied, thanks.", ""));
    List<Decision> out = UnsettledIssues.add(List.of(TOPIC, POINT),
        List.of(position("B", POINT, Stance.SUPPORT), position("C", POINT, Stance.OPPOSE)),
        List.of(applied), List.of());
    assertThat(out).containsExactly(applied);
  }

  /** End to end: a suggestion put as a question, argued by two, is proposed; nothing agreed. */
  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void aSuggestionArguedByTwoStaysProposed(Analyzer analyzer) {
    String plan = "I propose that we rename the whitelist options to allowlist in the next release.";
    String q = "Why not keep the old names as aliases forever?";
    ThreadAnalysis a = analyzer.analyze(new Threads("RFC: rename the whitelist options")
        .message("m0", "Grace Obi", null, Threads.own(plan))
        .message("m1", "Henrik Dahl", "m0", Threads.quote(plan), Threads.own(q))
        .message("m2", "Irene Castillo", "m1", Threads.quote(q),
            Threads.own("I agree, keeping the aliases costs us nothing and saves every user"
                + " a config change."))
        .message("m3", "Grace Obi", "m2", Threads.quote(q),
            Threads.own("I disagree: aliases kept forever mean every error message keeps"
                + " showing the old word."))
        .build());
    Optional<Issue> aliases = a.issues().stream().filter(i -> i.text().equals(q)).findFirst();
    assertThat(aliases).isPresent();
    assertThat(a.decisions()).anyMatch(d -> d.issue().equals(aliases.get().id())
        && d.status() == DecisionStatus.PROPOSED);
    assertThat(DecisionFinder.anySettled(a.decisions())).isFalse();
  }

  /** A request for facts, however argued over, leaves nothing to decide. */
  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void aQuestionForFactsArguedByTwoGetsNoDecision(Analyzer analyzer) {
    String plan = "I propose that we rename the whitelist options to allowlist in the next release.";
    String q = "So how will the migration tool find the old names in existing configs?";
    ThreadAnalysis a = analyzer.analyze(new Threads("RFC: rename the whitelist options")
        .message("m0", "Grace Obi", null, Threads.own(plan))
        .message("m1", "Henrik Dahl", "m0", Threads.quote(plan), Threads.own(q))
        .message("m2", "Irene Castillo", "m1", Threads.quote(q),
            Threads.own("I agree, keeping the aliases costs us nothing and saves every user"
                + " a config change."))
        .message("m3", "Grace Obi", "m2", Threads.quote(q),
            Threads.own("I disagree: aliases kept forever mean every error message keeps"
                + " showing the old word."))
        .build());
    Optional<Issue> how = a.issues().stream().filter(i -> i.text().equals(q)).findFirst();
    assertThat(how).isPresent();
    assertThat(a.positions().stream().filter(p -> p.issue().equals(how.get().id()))
        .map(p -> p.who().display()).distinct()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(a.decisions()).noneMatch(d -> d.issue().equals(how.get().id()));
  }

  /** "What about X?" names an option to weigh; "Why not keep X?" puts a change forward. */
  @Tag("nlp")
  @ExtendWith(NlpExtension.class)
  @Test
  void whatAboutNamesAnOptionItProposesNothing(CoreNlpAnnotator nlp) {
    assertThat(UnsettledIssues.raisesForDiscussion(
        nlp.annotate("What about drivers/accel where other accelerators live?").get(0))).isTrue();
    assertThat(UnsettledIssues.raisesForDiscussion(
        nlp.annotate("So how about an annual probe mail to all maintainers?").get(0))).isTrue();
    assertThat(UnsettledIssues.raisesForDiscussion(
        nlp.annotate("Why not keep the old names as aliases forever?").get(0))).isFalse();
    assertThat(UnsettledIssues.raisesForDiscussion(
        nlp.annotate("How would the migration tool know about the aliases?").get(0))).isFalse();
  }

  private static Issue issue(String id, String text, Issue.Kind kind, String by) {
    return new Issue(id, text, kind, Participant.named(by), new MessageKey("m0"), "");
  }

  private static Position position(String who, Issue i, Stance s) {
    return new Position(Participant.named(who), i.id(), s,
        new Evidence(new MessageKey("m1"), LineSpan.of(1, 1), "text", ""));
  }

  private static Decision proposed(Issue i) {
    return new Decision(i.id(), DecisionStatus.PROPOSED, "proposed, not yet agreed: " + i.text(),
        Optional.empty(), new Evidence(i.in(), LineSpan.of(1, 1), i.text(), ""));
  }
}
