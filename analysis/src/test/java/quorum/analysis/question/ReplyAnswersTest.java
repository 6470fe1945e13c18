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

/** What makes a reply under a question an answer to it, rather than more discussion. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class ReplyAnswersTest {
  private static QuestionStatus statusOf(ThreadAnalysis a, String startsWith) {
    return a.questions().stream().filter(q -> q.about().startsWith(startsWith))
        .map(Question::status).findFirst().orElseThrow(() -> new AssertionError(
            "no question " + startsWith + " in " + a.questions()));
  }

  @Test
  void aBareYesDoesNotAnswerAWhQuestion(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] tools in the tree")
        .message("t0", "Mark Olsen", null, Threads.own("We keep adding tools under tools/ and"
            + " nobody agrees on who supports them.\nWhere is the line between a debugging aid"
            + " and a tool for normal users?"))
        .message("t1", "Jon Kask", "t0", Threads.quote("Where is the line between a debugging aid"
            + " and a tool for normal users?"), Threads.own("Absolutely, yes.\nThat is why I"
            + " wanted this on the agenda."))
        .build());
    assertThat(statusOf(a, "Where is the line")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aYesAnswersAYesNoQuestion(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] tools in the tree")
        .message("t0", "Mark Olsen", null, Threads.own("We keep adding tools under tools/.\nIs"
            + " there a line between a debugging aid and a tool for normal users?"))
        .message("t1", "Jon Kask", "t0", Threads.quote("Is there a line between a debugging aid"
            + " and a tool for normal users?"), Threads.own("Absolutely, yes.\nAnything"
            + " packaged by distributions is for users."))
        .build());
    assertThat(statusOf(a, "Is there a line")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aReplyThatOpensByAskingBackDoesNotSettle(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] common ABI for vendors")
        .message("v0", "Dana Wills", null, Threads.own("Vendors keep sending look-alike"
            + " drivers.\nHow well is our consensus process working for contributors?"))
        .message("v1", "Greg Hart", "v0", Threads.quote("How well is our consensus process"
            + " working for contributors?"), Threads.own("Shouldn't the usual rule of agreeing"
            + " on an API among themselves work here?\nWe said so many times."))
        .build());
    assertThat(statusOf(a, "How well is")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aQuestionBackAfterAnInterjectionDoesNotSettle(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("Validating MAINTAINERS entries?")
        .message("c0", "Dan Carr", null, Threads.own("Some reviewers never answer.\nShould we"
            + " drop maintainers who have not replied for two years?"))
        .message("c1", "Serge Holm", "c0", Threads.quote("Should we drop maintainers who have not"
            + " replied for two years?"), Threads.own("Huh.\nDrop them from the file after two"
            + " years of silence?"))
        .build());
    assertThat(statusOf(a, "Should we drop")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void anItemOfAListIsAnsweredInItsOwnKind(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] common ABI for vendors")
        .message("v0", "Dana Wills", null, Threads.own("Questions for the session:\n\n"
            + "- When do vendors need to share a common ABI?\n"
            + "- How well is our consensus process working?"))
        .message("v1", "Greg Hart", "v0", Threads.quote("- When do vendors need to share a common"
            + " ABI?"), Threads.own("When they do the same kind of thing :)"))
        .build());
    assertThat(statusOf(a, "- When do vendors")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void anAnswerToOneOfTwoQuestionsOfAParagraphAnswersBoth(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("Re: [PATCH net-next v4] phy: rate matching")
        .message("n0", "Yves Roux", null, Threads.own("net-next is closed for the merge window."))
        .message("n1", "Pablo Alves", "n0", Threads.quote("net-next is closed for the merge"
            + " window."), Threads.own("Understood. Would it be acceptable to send the rev A part"
            + " through net as a fix? I'm not sure why a missing capability couldn't count as a"
            + " fix."))
        .message("n2", "Yves Roux", "n1", Threads.quote("I'm not sure why a missing capability"
            + " couldn't count as a fix."), Threads.own("Because it never worked: nothing"
            + " regressed, it is a new capability. net-next after rc1, please."))
        .build());
    assertThat(statusOf(a, "Would it be acceptable")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void theAskerTakingAnAnswerSettlesTheQuestion(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[RFC] API freeze break for a dim call")
        .message("f0", "Sofia Lind", null, Threads.own("Add a public function to dim the window."
            + "\n\nThe settings app needs it while a modal sheet is shown."))
        .message("f1", "Tom Ruiz", "f0", Threads.quote("Add a public function to dim the window."),
            Threads.own("Is \"backdrop\" the state or the effect the call produces?"))
        .message("f2", "Ana Kowal", "f0", Threads.quote("The settings app needs it while a modal"
            + " sheet is shown."), Threads.own("The private call breaks every time the internals change."))
        .message("f4", "Gil Mbeki", "f2", Threads.quote("The private call breaks every time the"
            + " internals change."), Threads.own("Approved. The name \"backdrop\" matches the"
            + " state we already document, so I'd keep it."))
        .message("f3", "Tom Ruiz", "f4", Threads.quote("The name \"backdrop\" matches the state"
            + " we already document, so I'd keep it."), Threads.own("Fine, that settles the name"
            + " for me."))
        .build());
    assertThat(statusOf(a, "Is \"backdrop\""))
        .isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aTagQuestionBackAsksForAssentAndDoesNotSettle(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[MAINTAINERS SUMMIT] review backlog")
        .message("b0", "Ted Marsh", null, Threads.own("Reviews of large series stall for"
            + " months.\nWould a session on review backlogs be helpful?"))
        .message("b1", "James Bell", "b0", Threads.quote("Would a session on review backlogs be"
            + " helpful?"), Threads.own("This is a tooling rather than a process problem,"
            + " isn't it?\nThe summit has few tooling people."))
        .build());
    assertThat(statusOf(a, "Would a session")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aStatementAnsweringAYesNoQuestionStillSettles(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[MAINTAINERS SUMMIT] review backlog")
        .message("b0", "Ted Marsh", null, Threads.own("Reviews of large series stall for"
            + " months.\nWould a session on review backlogs be helpful?"))
        .message("b1", "James Bell", "b0", Threads.quote("Would a session on review backlogs be"
            + " helpful?"), Threads.own("A session would help the people who review the most."
            + "\nI can bring numbers."))
        .build());
    assertThat(statusOf(a, "Would a session")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aReplyThatSpeaksOfTheQuestionTakesItUpWithoutSettling(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] merge trees")
        .message("f0", "Sam Lee", null, Threads.own("The tree is flat, agreed.\nBut is"
            + " flatness the problem we are trying to solve here?"))
        .message("f1", "Jiri Koss", "f0", Threads.quote("But is flatness the problem we are"
            + " trying to solve here?"), Threads.own("That's one of the questions for the"
            + " session :)\nWe will see who shows up."))
        .build());
    assertThat(statusOf(a, "But is flatness")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void theBlockUnderTheQuestionSpeaksForTheReply(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] driver probe failures")
        .message("p0", "Shana Kim", null, Threads.own("The driver stays registered when its"
            + " probe fails, and I propose we discuss it."))
        .message("p1", "Lars Pinto", "p0", Threads.quote("The driver stays registered when its"
            + " probe fails, and I propose we discuss it."), Threads.own("A probe failure can"
            + " come from a faulty device, so the driver should stay registered for the other"
            + " devices.\n\nWhat other behaviour would you expect?"))
        .message("p2", "Shana Kim", "p1", Threads.quote("A probe failure can come from a faulty"
            + " device, so the driver should stay registered for the other devices."),
            Threads.own("Agreed."), Threads.quote("What other behaviour would you expect?"),
            Threads.own("I would expect the error to reach the bus driver, so it can remove the"
            + " sysfs files of the failed device."))
        .build());
    assertThat(statusOf(a, "What other behaviour")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aReplyThatOnlyRatesTheQuestionDoesNotAnswerIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] burnout resources")
        .message("h0", "Rena Odum", null, Threads.own("We ran two counselling sessions last"
            + " year.\nIs the problem getting worse or better over time?"))
        .message("h1", "Mira Shah", "h0", Threads.quote("Is the problem getting worse or better"
            + " over time?"), Threads.own("Good to have this data for planning the next"
            + " series.\nI will ask the speakers."))
        .build());
    assertThat(statusOf(a, "Is the problem")).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aRatingTakesUpASuggestion(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] burnout resources")
        .message("h0", "Rena Odum", null, Threads.own("The sessions filled up fast.\nCould we"
            + " add a session on career paths next year?"))
        .message("h1", "Mira Shah", "h0", Threads.quote("Could we add a session on career paths"
            + " next year?"), Threads.own("Good to hear, I will plan one on career paths."))
        .build());
    assertThat(statusOf(a, "Could we add")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aClosingThoughtsDoesNotTakeTheReplyFromTheQuestionAboveIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] design notes in the code")
        .message("d0", "Rosa Field", null, Threads.own("Design notes under Documentation/ go"
            + " stale.\n\nIs there a markup that pulls a code comment into the html"
            + " documents?\n\nThoughts?"))
        .message("d1", "Emil Hart", "d0", Threads.quote("Is there a markup that pulls a code"
            + " comment into the html documents?\n\nThoughts?"), Threads.own("See the overview"
            + " block in the scheduler sources and the directive that includes it."))
        .build());
    assertThat(statusOf(a, "Is there a markup")).isEqualTo(QuestionStatus.ANSWERED);
  }
}
