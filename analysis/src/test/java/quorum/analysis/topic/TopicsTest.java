package quorum.analysis.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.quote;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Position;

/**
 * Issues of short made-up threads on the real pipeline: several questions on one point are
 * one issue, points on different things stay apart, and a suggestion or concern stated in
 * own text is an issue that replies can take a stand on.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class TopicsTest {
  private static final String PROPOSAL =
      "I propose to remove the legacy config loader in the next release.";

  private static Threads thread() {
    return new Threads("[RFC] remove the legacy config loader")
        .message("m0", "Ana Ruiz", null, own("Hi all,\n\n" + PROPOSAL + "\n\nThoughts?"));
  }

  /**
   * A reply by the proposer taking a stand under each quoted text: an issue nobody takes a
   * stand on is dropped from the result, so a test of how questions merge needs one.
   */
  private static Threads answered(Threads t, String parent, String... quoted) {
    List<Threads.Part> parts = new java.util.ArrayList<>();
    for (String q : quoted) {
      parts.add(quote(q));
      parts.add(own("I strongly disagree with that."));
    }
    return t.message("m9", "Ana Ruiz", parent, parts.toArray(new Threads.Part[0]));
  }

  private static List<Issue> questions(ThreadAnalysis a) {
    return a.issues().stream().filter(i -> i.kind() == Issue.Kind.QUESTION).toList();
  }

  @Test
  void questionsOfOneParagraphOnOnePointAreOneIssue(Analyzer analyzer) {
    String asked = "Which tools still read the old config format? How would we even"
        + " notice if they broke?";
    ThreadAnalysis a = analyzer.analyze(answered(thread().message("m1", "Ben Okafor", "m0",
        quote(PROPOSAL), own(asked)), "m1", asked).build());
    assertThat(questions(a)).hasSize(1);
    assertThat(questions(a).get(0).text()).startsWith("Which tools");
  }

  @Test
  void questionsInSeparateParagraphsOnDifferentThingsStayApart(Analyzer analyzer) {
    String tools = "Which tools still read the old config format?";
    String who = "Also, who maintains the packaging scripts for the Windows installer these days?";
    ThreadAnalysis a = analyzer.analyze(answered(thread().message("m1", "Ben Okafor", "m0",
        quote(PROPOSAL), own(tools + "\n\n" + who)), "m1", tools, who).build());
    assertThat(questions(a)).hasSize(2);
  }

  @Test
  void aShortQuestionUnderAQuotedQuestionJoinsIt(Analyzer analyzer) {
    String keep = "Could we keep the old loader as a fallback for two releases?";
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(keep))
        .message("m2", "Chloe Dubois", "m1", quote(keep), own("Only two releases?")).build());
    assertThat(questions(a)).hasSize(1);
  }

  @Test
  void aQuestionUnderAQuotedQuestionThatAlsoAsksForMoreIsAPointOfItsOwn(Analyzer analyzer) {
    String callers = "Which plugins still call the legacy loader directly from their init code?";
    String guide = "Could the release notes also include a migration guide for plugins with"
        + " custom parsers?";
    ThreadAnalysis a = analyzer.analyze(answered(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(callers))
        .message("m2", "Chloe Dubois", "m1", quote(callers), own(guide)), "m2", callers, guide)
        .build());
    assertThat(questions(a)).hasSize(2);
  }

  @Test
  void questionsSharingDistinctiveNounsAcrossMessagesAreOneIssue(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL),
            own("Should the loader print a warning for each deprecated key it still reads?"))
        .message("m2", "Chloe Dubois", "m0", quote(PROPOSAL),
            own("Will the warning about a deprecated key go to stderr or to the log file?"))
        .build());
    assertThat(questions(a)).hasSize(1);
  }

  @Test
  void aSuggestionInOwnTextIsAnIssueRepliesTakeAStandOn(Analyzer analyzer) {
    String suggestion = "We could also ship a converter script that rewrites old settings files.";
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(suggestion))
        .message("m2", "Ana Ruiz", "m1", quote(suggestion),
            own("I agree, I'll write the converter before the release."))
        .build());
    List<Issue> points = a.issues().stream().filter(i -> i.kind() == Issue.Kind.POINT).toList();
    assertThat(points).hasSize(1);
    assertThat(points.get(0).text()).contains("converter script");
    assertThat(a.positions()).filteredOn(p -> p.evidence().in().value().equals("m2"))
        .extracting(Position::issue).containsExactly(points.get(0).id());
  }

  private static final String CONCERN = "I am worried about the translation catalogs, though,"
      + " since nobody has updated the strings in years.";

  @Test
  void aConcernAboutSomethingNewThatOthersTakeUpIsAnIssue(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own("Fine by me. " + CONCERN))
        .message("m2", "Chloe Dubois", "m1", quote(CONCERN),
            own("Good point, the catalogs need an owner first."))
        .build());
    assertThat(a.issues()).filteredOn(i -> i.kind() == Issue.Kind.POINT)
        .singleElement().extracting(Issue::text).asString().contains("translation catalogs");
  }

  @Test
  void aConcernNobodyTakesUpIsNoIssueOfItsOwn(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own("Fine by me. " + CONCERN))
        .message("m2", "Chloe Dubois", "m0", quote(PROPOSAL), own("Sounds good to me."))
        .build());
    assertThat(a.issues()).noneMatch(i -> i.kind() == Issue.Kind.POINT);
  }

  @Test
  void questionsNamingFewThingsThatShareOneAreOneIssue(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL),
            own("Who tests the Windows installer?"))
        .message("m2", "Chloe Dubois", "m0", quote(PROPOSAL),
            own("Does the installer have an owner?"))
        .build());
    assertThat(questions(a)).hasSize(1);
  }

  @Test
  void aSuggestionAboutTheQuotedTextIsNoIssueOfItsOwn(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread().message("m1", "Ben Okafor", "m0",
        quote(PROPOSAL), own("Let's remove the legacy loader in the release after next instead."))
        .build());
    assertThat(a.issues()).noneMatch(i -> i.kind() == Issue.Kind.POINT);
  }

  @Test
  void afterAQuestionASuggestionIsAnOptionAndAConcernExplainsIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread().message("m1", "Ben Okafor", "m0",
        quote(PROPOSAL), own("Could the release notes list every renamed key? Or move the"
            + " rename table into the manual page instead. I am worried the notes get too long"
            + " for translators.")).build());
    assertThat(a.issues()).filteredOn(i -> i.kind() == Issue.Kind.POINT)
        .singleElement().extracting(Issue::text).asString().contains("rename table");
  }

  @Test
  void theItemsOfOneListOfQuestionsAreOneIssueEvenWithBlankLinesBetween(Analyzer analyzer) {
    String list = "Before that, a few things to settle:\n\n"
        + "- Which tools still read the old config format?\n\n"
        + "- Who maintains the packaging scripts for the Windows installer these days?";
    ThreadAnalysis a = analyzer.analyze(answered(thread().message("m1", "Ben Okafor", "m0",
        quote(PROPOSAL), own(list)), "m1", list).build());
    assertThat(questions(a)).hasSize(1);
  }

  @Test
  void aShortQuestionUnderAQuotedParagraphJoinsThePointInIt(Analyzer analyzer) {
    String suggestion = "We could also ship a converter script that rewrites old settings files.";
    String more = "It would run once at upgrade time and print a short summary of every key it"
        + " touched, so that administrators can check the result before restarting anything.";
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(suggestion + " " + more))
        .message("m2", "Chloe Dubois", "m1", quote(suggestion + " " + more),
            own("Does that cover downgrades too?"))
        .build());
    assertThat(a.issues()).filteredOn(i -> i.kind() != Issue.Kind.PROPOSAL).hasSize(1);
  }

  @Test
  void aStanceNamingTheProposalSpeaksToItNotToTheQuestionBeforeIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(thread().message("m1", "Ben Okafor", "m0",
        quote(PROPOSAL), own("Could the old loader stay, deprecated, until the 3.0 release?"
            + " I'm fine with everything else in the proposal as long as we get that grace"
            + " period.")).build());
    String proposal = a.issues().stream().filter(i -> i.kind() == Issue.Kind.PROPOSAL)
        .findFirst().orElseThrow().id();
    assertThat(a.positions()).filteredOn(p -> p.evidence().in().value().equals("m1"))
        .extracting(Position::issue).contains(proposal);
  }

  @Test
  void aQuotedSentenceOfTheProposalIsTheProposalUnlessItStatesARule(Analyzer analyzer) {
    String background = "The loader has not been touched since 2015 and nobody on the team"
        + " knows its code anymore.";
    String rule = "Every user MUST convert their settings files before upgrading.";
    ThreadAnalysis a = analyzer.analyze(new Threads("[RFC] remove the legacy config loader")
        .message("m0", "Ana Ruiz", null, own(PROPOSAL + "\n\n" + background + "\n\n" + rule))
        .message("m1", "Ben Okafor", "m0", quote(background),
            own("I disagree, the distribution packagers still rely on it."))
        .message("m2", "Chloe Dubois", "m0", quote(rule),
            own("I disagree, a converter run at upgrade time should do that for them."))
        .build());
    Issue proposal = a.issues().stream().filter(i -> i.kind() == Issue.Kind.PROPOSAL)
        .findFirst().orElseThrow();
    assertThat(a.positions()).filteredOn(p -> p.evidence().in().value().equals("m1"))
        .extracting(Position::issue).containsExactly(proposal.id());
    assertThat(a.issues()).filteredOn(i -> i.kind() == Issue.Kind.ANCHOR)
        .singleElement().extracting(Issue::text).asString().contains("MUST convert");
  }

  @Test
  void aStandUnderAQuotedWelcomeIsOnWhatItWelcomedNotOnANewIssue(Analyzer analyzer) {
    String opening = "The user manual takes forty minutes to build on a laptop, and I'd like"
        + " to discuss at the summit how we get that down.";
    String welcome = "I'm all for this, we need some serious work in this area.";
    ThreadAnalysis a = analyzer.analyze(new Threads("[TECH TOPIC] Faster builds of the manual")
        .message("m0", "Ana Ruiz", null, own(opening))
        .message("m1", "Ben Okafor", "m0", quote(opening),
            own(welcome + " My own builds are slow as well."))
        .message("m2", "Chloe Dubois", "m1", quote(welcome), own("I strongly agree with that."))
        .build());
    assertThat(a.issues()).as(a.issues().toString())
        .noneMatch(i -> i.kind() == Issue.Kind.ANCHOR && i.text().contains("all for this"));
    List<String> welcomed = a.positions().stream()
        .filter(p -> p.evidence().in().value().equals("m1")).map(Position::issue).toList();
    assertThat(a.positions()).filteredOn(p -> p.evidence().in().value().equals("m2"))
        .extracting(Position::issue).singleElement().isIn(welcomed);
  }

  @Test
  void aVerdictOnTheWholeSettlesTheProposalWhateverItIsWrittenUnder(Analyzer analyzer) {
    String objection = "A warning in the log is not something those users ever read. Who"
        + " will tell the people whose scripts still call the old loader directly?";
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(objection))
        .message("m2", "Dana Maintainer", "m1", quote(objection), own("This is not going in."))
        .build());
    String proposal = a.issues().stream().filter(i -> i.kind() == Issue.Kind.PROPOSAL)
        .findFirst().orElseThrow().id();
    assertThat(a.decisions()).filteredOn(d -> d.issue().equals(proposal))
        .singleElement().extracting(d -> d.status().label()).isEqualTo("rejected");
  }

  /** The text of the one point issue a reply's suggestion raised (another replies to it). */
  private static String pointRaisedBy(Analyzer analyzer, String suggestion) {
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(suggestion))
        .message("m2", "Ana Ruiz", "m1", quote(suggestion),
            own("I agree, I'll do that before the release."))
        .build());
    return a.issues().stream().filter(i -> i.kind() == Issue.Kind.POINT)
        .map(Issue::text).findFirst().orElse("");
  }

  @Test
  void aPleaseRequestInOwnTextIsAPointOfItsOwn(Analyzer analyzer) {
    assertThat(pointRaisedBy(analyzer, "Please do also consider sending this as a talk for the"
        + " packaging track at the distribution summit.")).contains("packaging track");
  }

  @Test
  void anObligationPutToTheOneAddressedIsAPointOfItsOwn(Analyzer analyzer) {
    assertThat(pointRaisedBy(analyzer, "You are going to have to drop that disclaimer footer"
        + " to be able to post anything to public lists.")).contains("disclaimer footer");
  }

  @Test
  void aSuggestionAfterALabelIsAPointOfItsOwn(Analyzer analyzer) {
    assertThat(pointRaisedBy(analyzer, "Nit: Suggest removing the stray full stops across all"
        + " the bullet lists of the manual page.")).contains("full stops");
  }

  @Test
  void aStandUnderACutQuoteOfAPointIsOnThatPointNotOnANewIssue(Analyzer analyzer) {
    String suggestion = "We could also ship a converter script that rewrites old settings files.";
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(suggestion))
        .message("m2", "Chloe Dubois", "m1",
            quote("We could also ship a converter script that rewrites"),
            own("I strongly disagree with that."))
        .build());
    Issue point = a.issues().stream().filter(i -> i.kind() == Issue.Kind.POINT)
        .findFirst().orElseThrow();
    assertThat(a.issues()).noneMatch(i -> i.kind() == Issue.Kind.ANCHOR);
    assertThat(a.positions()).filteredOn(p -> p.evidence().in().value().equals("m2"))
        .extracting(Position::issue).containsExactly(point.id());
  }

  @Test
  void aSentenceNamingTheWritersAskIsAPointOfItsOwn(Analyzer analyzer) {
    assertThat(pointRaisedBy(analyzer, "I think my main ask would be to have a migration guide"
        + " for plugin authors first.")).contains("migration guide");
    assertThat(pointRaisedBy(analyzer, "I'd argue that what we want is a single table of"
        + " renamed keys in the manual page.")).contains("single table");
  }

  @Test
  void aSuggestionNamingTheQuoteButBringingMoreOfItsOwnIsAPoint(Analyzer analyzer) {
    // names the quoted loader (three shared nouns) but puts forward something new (more nouns)
    assertThat(pointRaisedBy(analyzer, "We could also ship the legacy config loader as a"
        + " conversion tool in the contrib directory for old installations and their admins."))
        .contains("conversion tool");
  }

  @Test
  void aSuggestionMostlyAboutTheQuoteIsNoPointOfItsOwn(Analyzer analyzer) {
    assertThat(pointRaisedBy(analyzer, "We could keep the legacy config loader for one more"
        + " cycle.")).isEmpty();
  }

  @Test
  void theWriterOfARequestNobodyAnsweredSupportsIt(Analyzer analyzer) {
    String request = "Please do also consider sending this as a talk for the packaging track"
        + " at the distribution summit.";
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(request)).build());
    Issue point = a.issues().stream().filter(i -> i.kind() == Issue.Kind.POINT)
        .findFirst().orElseThrow();
    assertThat(point.text()).contains("packaging track");
    assertThat(a.positions()).filteredOn(p -> p.issue().equals(point.id()))
        .extracting(p -> p.who().display(), Position::stance)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ben Okafor", quorum.mail.Stance.SUPPORT));
  }

  @Test
  void aWeModalInASubordinateClauseIsNoStandOfItsWriter(Analyzer analyzer) {
    String aside = "I would rather see a clear definition of which plugins are supported and how"
        + " we can deal with their internal settings files.";
    ThreadAnalysis a = analyzer.analyze(thread()
        .message("m1", "Ben Okafor", "m0", quote(PROPOSAL), own(aside)).build());
    assertThat(a.positions()).noneMatch(p -> p.who().display().equals("Ben Okafor")
        && a.issues().stream().anyMatch(i -> i.id().equals(p.issue())
            && i.kind() == Issue.Kind.POINT));
  }
}
