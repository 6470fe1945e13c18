package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Question;
import quorum.mail.QuestionStatus;

/** Runs of questions read as one, text set off from the author's own, and replies that settle. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class QuestionSeriesTest {
  private static Question startingWith(ThreadAnalysis a, String prefix) {
    return a.questions().stream().filter(q -> q.about().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no question " + prefix + " in " + a.questions()));
  }

  @Test
  void alternativesAndFragmentsJoinTheQuestionTheyContinue(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("accel: which userspace?")
        .message("a0", "Rosa Lind", null, Threads.own("What is the backend API for an accelerator"
            + " userspace? CUDA and OpenCL? Or something new I have not heard of yet?"))
        .message("a1", "Tariq Aziz", "a0", Threads.quote("CUDA and OpenCL? Or something new I have"
            + " not heard of yet?"), Threads.own("There is a big glue layer between the framework"
            + " and the hardware, and every vendor ships its own stack under it."))
        .build());
    List<Question> qs = a.questions();
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).about()).contains("CUDA").contains("Or something new");
    assertThat(qs.get(0).status()).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aStatementWithAQuestionMarkJoinsTheQuestionNextToIt(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("board: meeting notes")
        .message("b0", "Ines Moreau", null, Threads.own("The notes on the wiki seem to stop in"
            + " March? Are they just not uploaded, or were there no meetings since?\n\n"
            + "Who decides the budget now? Is there a vote of all members?"))
        .build());
    List<Question> qs = a.questions();
    assertThat(qs).hasSize(3);
    assertThat(qs.get(0).about()).contains("stop in March").contains("no meetings since");
  }

  @Test
  void aDoubtRightAfterAQuestionSaysItAgainUnlessItAsksWhy(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("conference: which track?")
        .message("c0", "Mei Tanaka", null, Threads.own("Is there any conflict in sending the"
            + " talk to both tracks? Of course the choice is the speaker's. I am just curious"
            + " what options are still open.\n\nWould it be acceptable to merge the driver as a"
            + " fix? I'm not sure why a missing feature couldn't count as one."))
        .build());
    List<Question> qs = a.questions();
    assertThat(qs).hasSize(3);
    assertThat(qs.get(0).about()).contains("any conflict").contains("options are still open");
  }

  @Test
  void parallelAlternativesAndABareRequestToClarifyJoinTheQuestionBefore(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("net: why was the driver dropped?")
        .message("p0", "Lior Ben-David", null, Threads.own("Can we at least agree to give"
            + " reasons when a driver is dropped? Like, was it a licensing problem? Was it"
            + " because of the missing tests?\n\nI don't know how that fits the policy you"
            + " wrote last year. Could you clarify your thinking here?"))
        .build());
    List<Question> qs = a.questions();
    assertThat(qs).extracting(Question::about).hasSize(3);
    assertThat(startingWith(a, "Like, was it").about()).contains("missing tests");
    assertThat(startingWith(a, "I don't know how").about()).contains("clarify");
  }

  @Test
  void itemsOfAListStayApartAndAConcessionOverTheListSettlesNone(Analyzer analyzer) {
    String list = "* Which problems are being solved?\n\n* What tests will validate the design?";
    ThreadAnalysis a = analyzer.analyze(new Threads("process for large changes")
        .message("l0", "Hana Kim", null, Threads.own(list))
        .message("l1", "Omar Reyes", "l0", Threads.quote(list), Threads.own("Agreed on all points."
            + " We rarely talk about design before doing it, and maybe we should; the RFC process"
            + " of other projects is one model."))
        .build());
    assertThat(a.questions()).hasSize(2);
    assertThat(startingWith(a, "* Which problems").status()).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void anIndentedOrQuoteMarkedLineAsksNothing(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("doc: tool-generated content")
        .message("t0", "Dina Kovac", null, Threads.own("Maybe reword the bullet as:\n\n"
            + "        and what tools were used to test the fix?\n\n"
            + "...>> + - What tools were used?\n\nThanks."))
        .build());
    assertThat(a.questions()).isEmpty();
  }

  @Test
  void aQuestionAnsweredUnderAQuoteOfAnotherPartOfTheMessage(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[RFC] style: braces everywhere")
        .message("s0", "Elif Sahin", null, Threads.own("Braces MUST be used around every"
            + " conditional body."))
        .message("s1", "Marek Nowak", "s0", Threads.own("Why would we churn four thousand lines"
            + " of working code for a style rule?\n\nIt's also not clear to me whether the MUST"
            + " applies to existing code or only to new code."))
        .message("s2", "Elif Sahin", "s1", Threads.quote("Why would we churn four thousand lines"
            + " of working code for a style rule?"), Threads.own("Nobody is churning anything:"
            + " the MUST is for new code, and existing code is converted only when a patch"
            + " touches it anyway."))
        .build());
    assertThat(startingWith(a, "It's also not clear").status()).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aDoubtFollowedByButAndAnAnswerSettles(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("stable: carrier certification")
        .message("c0", "Bo Lund", null, Threads.own("Does carrier certification really require"
            + " changes to the core kernel?"))
        .message("c1", "Mia Roth", "c0", Threads.quote("Does carrier certification really require"
            + " changes to the core kernel?"), Threads.own("I don't know anything about that"
            + " case, but I have run into issues during testing that were best fixed by"
            + " extending the core."))
        .build());
    assertThat(startingWith(a, "Does carrier").status()).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aSuggestionMetWithAnotherSuggestionIsNotSettled(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("design docs")
        .message("g0", "Pia Holm", null, Threads.own("Perhaps a git repository with limited"
            + " commit access would do the same job?"))
        .message("g1", "Ravi Nair", "g0", Threads.quote("Perhaps a git repository with limited"
            + " commit access would do the same job?"), Threads.own("We had wikis and etherpads"
            + " long before that. Could we use those tools today?"))
        .build());
    assertThat(startingWith(a, "Perhaps a git").status()).isNotEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aShortWhyAfterAQuestionAsksTheSamePoint(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] a new interconnect bus")
        .message("n0", "Kira Sand", null, Threads.own("We plan to post the bus driver in"
            + " December."))
        .message("n1", "Gus Hale", "n0", Threads.quote("We plan to post the bus driver in"
            + " December."), Threads.own("Do you have patches for this bus today? Why not send"
            + " them already? Why wait?"))
        .build());
    assertThat(a.questions()).hasSize(1);
    assertThat(a.questions().get(0).about()).startsWith("Do you have patches");
  }

  @Test
  void aWhyQuestionWithContentOfItsOwnStaysApart(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] a new interconnect bus")
        .message("w0", "Kira Sand", null, Threads.own("Is the bus driver ready for review? Why"
            + " does the firmware loader need its own copy of the topology tables?"))
        .build());
    assertThat(a.questions()).hasSize(2);
  }

  @Test
  void aVolleyOfFourQuestionsInOneParagraphIsOnePoint(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] tree-wide documentation moves")
        .message("v0", "Mira Holm", null, Threads.own("Moving the driver docs touches files of"
            + " many subsystems.\n\nHow do we reach agreement on a move like that? Should every"
            + " maintainer be copied on each patch? What happens when one maintainer objects?"
            + " Does the docs maintainer decide in the end?\n\nIs there a script that checks"
            + " links? Who runs it?"))
        .build());
    assertThat(a.questions()).extracting(Question::about)
        .anySatisfy(q -> assertThat(q).startsWith("How do we reach agreement")
            .contains("Does the docs maintainer decide"))
        .anySatisfy(q -> assertThat(q).startsWith("Is there a script"));
    assertThat(a.questions()).extracting(Question::about)
        .filteredOn(q -> q.contains("What happens when")).hasSize(1);
  }

  @Test
  void anOrQuestionAfterRemarksOnTheFirstAlternativeOffersAnother(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("docs: which markup?")
        .message("o0", "Rosa Lind", null, Threads.own("Do you mean writing the driver docs in"
            + " Markdown? For the files under Documentation/ we already use ReST everywhere."
            + " For the API comments the tool emits HTML. Or do you mean generating the"
            + " reference pages from the headers?\n\nOr is the plan to drop the tool"
            + " altogether?"))
        .build());
    assertThat(a.questions()).extracting(Question::about).hasSize(2);
    assertThat(a.questions().get(0).about()).startsWith("Do you mean writing")
        .contains("Or do you mean generating");
  }
}
