package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Question;
import quorum.mail.QuestionStatus;

/** A question's status read from the reply tree: how a later message takes it up. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class ReplyTreeStatusTest {
  private static QuestionStatus statusOf(ThreadAnalysis a, String startsWith) {
    return a.questions().stream().filter(q -> q.about().startsWith(startsWith))
        .map(Question::status).findFirst().orElseThrow(() -> new AssertionError(
            "no question " + startsWith + " in " + a.questions()));
  }

  @Test
  void aReplyNamingTheAskersQuestionAnswersIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("RFC: retire the v1 sync endpoint")
        .message("r0", "Omar Haddad", null, Threads.own("I propose to retire the v1 sync endpoint in"
            + " the next release.\nClients have had two years to move."))
        .message("r1", "Lena Fischer", "r0", Threads.quote("I propose to retire the v1 sync endpoint"
            + " in the next release."), Threads.own("Fine by me.\n\nWhat happens to the mirrors that"
            + " still poll it every minute?"))
        .message("r2", "Omar Haddad", "r0", Threads.own("To Lena's question about the mirrors: they"
            + " were moved to v2 last spring, so nothing polls v1 any more."))
        .build());
    assertThat(statusOf(a, "What happens to the mirrors")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aQuestionTrimmedToADeeperQuoteIsAnsweredUnderIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] doc: retry limits")
        .message("d0", "Ines Moreau", null, Threads.own("This documents the retry limits."))
        .message("d1", "Karl Berg", "d0", Threads.quote("This documents the retry limits."),
            Threads.own("Why five retries and not three?"))
        .message("d2", "Ines Moreau", "d1", Threads.quote("Why five retries and not three?"),
            Threads.own("Five covers a full failover of the primary.\nWould a note saying so"
                + " address your concern?"))
        .message("d3", "Karl Berg", "d2",
            Threads.quote(2, "Why five retries and not three?"),
            Threads.quote(1, "Would a note saying so address your concern?"),
            Threads.own("Yes, with that note five is fine with me."))
        .build());
    assertThat(statusOf(a, "Would a note")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aReplyFurtherDownThatCarriesTheQuestionInItsQuotesDoesNotSettleIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] loader: move plugins to the new ABI")
        .message("l0", "Ana Costa", null, Threads.own("This moves the plugin loader to the new"
            + " ABI."))
        .message("l1", "Ben Okafor", "l0", Threads.quote("This moves the plugin loader to the new"
            + " ABI."), Threads.own("Why would we break the plugin ABI right before the freeze?"))
        .message("l2", "Cleo Marsh", "l1", Threads.quote("Why would we break the plugin ABI right"
            + " before the freeze?"), Threads.own("Good question. The last time we broke it"
            + " mid-cycle, three distributions carried the old loader for a year."))
        .message("l3", "Dan Ilic", "l2",
            Threads.quote(2, "Why would we break the plugin ABI right before the freeze?"),
            Threads.quote(1, "Good question. The last time we broke it mid-cycle, three"
                + " distributions carried the old loader for a year."),
            Threads.own("Those distributions have all moved to the new loader since then."))
        .build());
    // l3 speaks to Cleo's remark, which it follows; the question stays unsettled
    assertThat(statusOf(a, "Why would we break")).isEqualTo(QuestionStatus.RESPONDED_NOT_RESOLVED);
  }

  @Test
  void aReplyUnderABareDeferralSettlesTheQuestionItCarries(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] firmware load failures")
        .message("f0", "Rhea Sandoval", null, Threads.own("A failed firmware load leaves the"
            + " device bound but useless."))
        .message("f1", "Piotr Wrona", "f0", Threads.quote("A failed firmware load leaves the"
            + " device bound but useless."), Threads.own("Can the core tell a missing firmware"
            + " file from a corrupt one?"))
        .message("f2", "Rhea Sandoval", "f1", Threads.quote("Can the core tell a missing"
            + " firmware file from a corrupt one?"), Threads.own("That has to be explored."))
        .message("f3", "Jonas Ek", "f2",
            Threads.quote(2, "Can the core tell a missing firmware file from a corrupt one?"),
            Threads.quote(1, "That has to be explored."),
            Threads.own("It can: the loader returns a different error code for each case."))
        .build());
    // f2 only deferred it, so f3 answers the question itself
    assertThat(statusOf(a, "Can the core tell")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aReplyMergingTwoReviewsSettlesTheQuestionItQuotesFirstHand(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] settings: new sync API")
        .message("s0", "Sofia Lind", null, Threads.own("This adds the new sync API."))
        .message("s1", "Tomas Ruiz", "s0", Threads.quote("This adds the new sync API."),
            Threads.own("Why can't this wait for the next release?"))
        .message("s2", "Ana Kowal", "s0", Threads.quote("This adds the new sync API."),
            Threads.own("The API itself looks fine to me."))
        .message("s3", "Gideon Mbeki", "s2",
            Threads.quote("The API itself looks fine to me."), Threads.own("Thanks."),
            Threads.quote("Why can't this wait for the next release?"),
            Threads.own("It breaks the settings app today, and the fix needs this API."))
        .build());
    assertThat(statusOf(a, "Why can't this wait")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aPlainReplyToTheOnlyQuestionOfAMessageAnswersIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("build: drop the autotools files?")
        .message("b0", "Tomas Novak", null, Threads.own("The meson build has covered every target"
            + " for a year now.\nCan we drop the autotools files in the next release?"))
        .message("b1", "Aiko Sato", "b0", Threads.own("Yes, the packagers I know all switched"
            + " already."))
        .build());
    assertThat(statusOf(a, "Can we drop")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void theAskersOwnFollowUpDoesNotAnswer(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("build: drop the autotools files?")
        .message("b0", "Tomas Novak", null, Threads.own("Can we drop the autotools files in the"
            + " next release?"))
        .message("b1", "Tomas Novak", "b0", Threads.quote("Can we drop the autotools files in the"
            + " next release?"), Threads.own("To answer myself: the packagers still need them."))
        .build());
    assertThat(statusOf(a, "Can we drop")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aDeferralRespondsWithoutSettling(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("RFC: tags for test tools")
        .message("t0", "Mira Jensen", null, Threads.own("Could we define a trailer that names the"
            + " tool a fix was tested with?"))
        .message("t1", "Paul Weber", "t0", Threads.quote("Could we define a trailer that names the"
            + " tool a fix was tested with?"), Threads.own("Nice idea, but it is out of scope for"
            + " this document for now."))
        .build());
    assertThat(statusOf(a, "Could we define")).isEqualTo(QuestionStatus.RESPONDED_NOT_RESOLVED);
  }

  @Test
  void aQuotedParagraphWhoseQuestionWasTrimmedIsAnswered(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[RFC] remove the old mixer ioctl")
        .message("m0", "Lars Holm", null, Threads.own("This removes the old mixer ioctl."))
        .message("m1", "Greta Lund", "m0", Threads.quote("This removes the old mixer ioctl."),
            Threads.own("This breaks every sound server that still ships with older distributions"
                + " today. Have you looked at what those sound servers actually do?"))
        .message("m2", "Lars Holm", "m1", Threads.quote("This breaks every sound server that still"
            + " ships with older distributions today."), Threads.own("I did: the two that use it"
            + " have a fallback to the new interface."))
        .build());
    assertThat(statusOf(a, "Have you looked")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aChallengeIsSettledWithTheAlternativeItOffers(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] cli: add --purge-all")
        .message("c0", "Ana Costa", null, Threads.own("This adds a --purge-all option."))
        .message("c1", "Jon Reyes", "c0", Threads.quote("This adds a --purge-all option."),
            Threads.own("Do we really want one more option named purge? Wouldn't --expire-all"
                + " describe it better?"))
        .message("c2", "Ana Costa", "c1", Threads.quote("Wouldn't --expire-all describe it"
            + " better?"), Threads.own("Yes, that reads better; I'll rename it in v2."))
        .build());
    assertThat(statusOf(a, "Wouldn't")).isEqualTo(QuestionStatus.ANSWERED);
    assertThat(statusOf(a, "Do we really want")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aSuggestionFurtherDownAListOfQuestionsSettlesNoneBeforeIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("Agenda for the release meeting")
        .message("g0", "Ana Costa", null, Threads.own("Points we have not settled yet.\n\n"
            + "Who signs the release tags from now on?\n\n"
            + "How long do we keep the old branches around?\n\n"
            + "Could we move the meeting to Thursday?"))
        .message("g1", "Jon Reyes", "g0", Threads.quote("Who signs the release tags from now on?\n\n"
            + "How long do we keep the old branches around?\n\n"
            + "Could we move the meeting to Thursday?"),
            Threads.own("Thursday works better for most of us, I think."))
        .build());
    assertThat(statusOf(a, "Could we move")).isEqualTo(QuestionStatus.ANSWERED);
    assertThat(statusOf(a, "Who signs")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void theAskersLaterRemarksElsewhereAreNoResponse(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("RFC: phase out the legacy allocator")
        .message("p0", "Mia Costa", null, Threads.own("I propose to phase out the legacy"
            + " allocator next year."))
        .message("p1", "Arne Berg", "p0", Threads.quote("I propose to phase out the legacy"
            + " allocator next year."), Threads.own("How many boards still boot with the legacy"
            + " allocator?"))
        .message("p2", "Arne Berg", "p0", Threads.quote("I propose to phase out the legacy"
            + " allocator next year."), Threads.own("The legacy allocator boards are mostly in"
            + " museums anyway."))
        .message("p3", "Mia Costa", "p1", Threads.quote("How many boards still boot with the"
            + " legacy allocator?"), Threads.own("I will count them."))
        .message("p4", "Arne Berg", "p3", Threads.quote("I will count them."),
            Threads.own("Good idea, thanks for offering to count the old boards as well."))
        .build());
    Question q = a.questions().stream().filter(x -> x.about().startsWith("How many boards"))
        .findFirst().orElseThrow();
    // p2 is in another branch; p4 shares words only across its whole text, not in one sentence
    assertThat(q.responses()).noneSatisfy(r -> assertThat(r.by().name()).isEqualTo("Arne Berg"));
  }

  @Test
  void theAskerAskingAgainBelowTheQuestionIsListed(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("RFC: phase out the legacy allocator")
        .message("p0", "Arne Berg", null, Threads.own("How many boards still boot with the legacy"
            + " allocator?"))
        .message("p1", "Arne Berg", "p0", Threads.own("Ping: does anyone know how many boards"
            + " still boot with the legacy allocator?"))
        .build());
    Question q = a.questions().stream().filter(x -> x.about().startsWith("How many boards"))
        .findFirst().orElseThrow();
    assertThat(q.status()).isNotEqualTo(QuestionStatus.ANSWERED);
    assertThat(q.responses()).singleElement().satisfies(r ->
        assertThat(r.gist()).startsWith("asks again: Ping: does anyone know"));
  }

  @Test
  void aReplyInAnotherBranchThatTakesUpTheQuestionAnswersIt(Analyzer analyzer) {
    String root = "A driver stays registered when its probe fails, so I propose we change that.";
    String logs = "The logs of the failing board show the error from the probe routine.";
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] driver probe failures")
        .message("p0", "Shana Kim", null, Threads.own(root + "\n\n" + logs))
        .message("p1", "Gunnar Roth", "p0", Threads.quote(root), Threads.own("Doesn't this"
            + " confuse device probe with loading the driver?"))
        .message("p2", "Greta Holm", "p0", Threads.quote(logs), Threads.own("As others said,"
            + " this is by design. Device probe is independent of loading the driver, and a"
            + " faulty device must not stop the driver from loading."))
        .build());
    assertThat(statusOf(a, "Doesn't this confuse")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aReplyInAnotherBranchOnSomethingElseLeavesTheQuestionOpen(Analyzer analyzer) {
    String root = "A driver stays registered when its probe fails, so I propose we change that.";
    String logs = "The logs of the failing board show the error from the probe routine.";
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] driver probe failures")
        .message("q0", "Shana Kim", null, Threads.own(root + "\n\n" + logs))
        .message("q1", "Gunnar Roth", "q0", Threads.quote(root), Threads.own("Doesn't this"
            + " confuse device probe with loading the driver?"))
        .message("q2", "Greta Holm", "q0", Threads.quote(logs), Threads.own("Please send the"
            + " logs of the failing board to the list first."))
        .build());
    assertThat(statusOf(a, "Doesn't this confuse")).isEqualTo(QuestionStatus.OPEN);
  }
}
