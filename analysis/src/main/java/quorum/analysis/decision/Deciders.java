package quorum.analysis.decision;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.question.Asked;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.QuestionForm;
import quorum.mail.QuestionStatus;
import quorum.mail.Response;

/**
 * Who decides in a thread: the participants who, in a reply, give a verdict of their own
 * ("Applied", "Freeze break approved", "Let's go with X", "NAK"). A point a reviewer raised as
 * a direct question is settled when such a decider, not the asker, answered it and the answer
 * settled it: "Is 'unreachable' the right word?" answered by the maintainer who later picks
 * the name. An answer opening with "No" declines what the question put forward ("Wouldn't it
 * be better to make this a MUST?" - "No MUST for selftests."), also when the question finder
 * took another reply for the settling one. Answers from anyone else, or to
 * a question that only voices a doubt ("I don't see who ..."), settle nothing.
 */
final class Deciders {
  private Deciders() {}

  /** The display names of those who give a verdict (agreed or rejected) in a reply. */
  static Set<String> of(ThreadView view) {
    Set<String> out = new HashSet<>();
    Optional<Turn> root = view.root();
    for (Turn t : view.turns()) {
      if (root.isPresent() && root.get().key().equals(t.key())) {
        continue;
      }
      for (Sentence s : t.sentences()) {
        Optional<DecisionStatus> st = DecisionFinder.statusOf(s);
        if (st.isPresent() && st.get() != DecisionStatus.PROPOSED) {
          out.add(t.author().display());
          break;
        }
      }
    }
    return out;
  }

  /** The decision a decider's settling answer gives the question that raised {@code i}. */
  static Optional<Decision> answered(Issue i, List<Asked> questions, Set<String> deciders) {
    for (Asked a : questions) {
      if (!a.turn().key().equals(i.in()) || !a.question().about().equals(i.text())) {
        continue;
      }
      if (a.question().status() != QuestionStatus.ANSWERED
          || a.question().form() == QuestionForm.INDIRECT
          || a.question().form() == QuestionForm.RHETORICAL
          || !OpenPoint.leftOpen(a.sentence()) || OpenPoint.asksForFacts(a.sentence())
          || OpenPoint.asksWhatExists(a.sentence())) {
        return Optional.empty();
      }
      String asker = a.question().asker().display();
      for (Response r : a.question().responses()) {
        String g = r.gist().strip().toLowerCase(Locale.ROOT);
        if (!givesVerdict(r, asker, deciders)) {
          continue;
        }
        if (g.startsWith("because")) {
          return Optional.empty(); // a reason for what stands, not a choice
        }
        DecisionStatus st = declines(g) ? DecisionStatus.REJECTED : DecisionStatus.AGREED;
        return Optional.of(new Decision(i.id(), st, r.gist(), Optional.of(r.by()),
            new Evidence(r.in(), LineSpan.of(1, 1), r.gist(), i.text())));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether {@code r} is a decider's answer to someone else's question that settles it: one
   * the question finder read as settling, or a flat "No ..." (the decider's verdict even when
   * another reply was taken for the settling one).
   */
  static boolean givesVerdict(Response r, String asker, Set<String> deciders) {
    String by = r.by().display();
    boolean no = declines(r.gist().strip().toLowerCase(Locale.ROOT));
    return (r.resolves() || no) && !by.equals(asker) && deciders.contains(by);
  }

  /** "No.", "No MUST for selftests", "Nope": the answer turns the suggestion down. */
  private static boolean declines(String gist) {
    String first = gist.split("[^a-z']+", 2)[0];
    return first.equals("no") || first.equals("nope") || first.equals("nak");
  }
}
