package quorum.analysis.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Question;
import quorum.mail.QuestionStatus;

/** A reply that answers in short: an auxiliary kept from a yes/no question, a noun phrase. */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class ShortAnswerTest {
  private static QuestionStatus statusOf(ThreadAnalysis a, String startsWith) {
    return a.questions().stream().filter(q -> q.about().startsWith(startsWith))
        .map(Question::status).findFirst().orElseThrow(() -> new AssertionError(
            "no question " + startsWith + " in " + a.questions()));
  }

  private static Sentence first(CoreNlpAnnotator nlp, String text) {
    return nlp.annotate(text).get(0);
  }

  @Test
  void anAuxiliaryKeptFromTheQuestionIsAYesOrNo(CoreNlpAnnotator nlp) {
    assertThat(ShortAnswer.echoesAuxiliary(first(nlp, "It does not."))).isTrue();
    assertThat(ShortAnswer.echoesAuxiliary(first(nlp, "We can't."))).isTrue();
    assertThat(ShortAnswer.echoesAuxiliary(first(nlp, "Not yet."))).isTrue();
    assertThat(ShortAnswer.echoesAuxiliary(first(nlp, "Maybe not."))).isFalse();
    assertThat(ShortAnswer.echoesAuxiliary(first(nlp, "It does work on arm64."))).isFalse();
    assertThat(ShortAnswer.echoesAuxiliary(first(nlp, "Does it?"))).isFalse();
  }

  @Test
  void aNounPhraseNamesTheAnswerToAWhQuestion(CoreNlpAnnotator nlp) {
    assertThat(ShortAnswer.namesAnswer(first(nlp, "Nothing I think."))).isTrue();
    assertThat(ShortAnswer.namesAnswer(first(nlp, "Two weeks."))).isTrue();
    assertThat(ShortAnswer.namesAnswer(first(nlp, "Good idea."))).isFalse();
    assertThat(ShortAnswer.namesAnswer(first(nlp, "Thanks!"))).isFalse();
    assertThat(ShortAnswer.namesAnswer(first(nlp, "Agreed on all points."))).isFalse();
    assertThat(ShortAnswer.namesAnswer(first(nlp, "The tools need work."))).isFalse();
  }

  @Test
  void anAuxiliaryAnswerSettlesAYesNoQuestionDespiteWhatFollows(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("Reminder: board election procedures")
        .message("e0", "Lara Abbot", null, Threads.own("Ballots go out on Monday to everyone"
            + " with three tagged commits."))
        .message("e1", "Sue Khan", "e0", Threads.quote("Ballots go out on Monday to everyone"
            + " with three tagged commits."), Threads.own("Thanks.\n\nAlso does this rule get"
            + " applied to the chair election going forward?"))
        .message("e2", "Lara Abbot", "e1", Threads.quote("Also does this rule get applied to"
            + " the chair election going forward?"), Threads.own("It does not.\n\nThanks,\nLara"))
        .build());
    assertThat(statusOf(a, "Also does this rule")).isEqualTo(QuestionStatus.ANSWERED);
  }

  @Test
  void aNounPhraseSettlesAWhQuestionThoughTheReplyLaterHedges(Analyzer analyzer) {
    ThreadAnalysis a = analyzer.analyze(new Threads("[Tech Topic] forge-based review workflow")
        .message("g0", "Don Zick", null, Threads.own("We moved our review to a forge and built"
            + " command-line tools on its API."))
        .message("g1", "Luc Pinard", "g0", Threads.quote("We moved our review to a forge and"
            + " built command-line tools on its API."), Threads.own("What would prevent us from"
            + " building the same tools on top of plain e-mail?"))
        .message("g2", "Don Zick", "g1", Threads.quote("What would prevent us from building the"
            + " same tools on top of plain e-mail?"), Threads.own("Nothing I think.  It is just"
            + " calls around the pieces of a review.\n\nIt really depends on what you want to"
            + " see when you review a patch."))
        .build());
    assertThat(statusOf(a, "What would prevent us")).isEqualTo(QuestionStatus.ANSWERED);
  }
}
