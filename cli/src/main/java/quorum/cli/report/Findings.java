package quorum.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quorum.analysis.Issue;
import quorum.analysis.Temperature;
import quorum.analysis.ThreadAnalysis;
import quorum.mail.Decision;
import quorum.mail.DecisionStatus;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.Question;
import quorum.mail.QuestionStatus;

/**
 * The analysis findings of a thread arranged the way a report shows them: questions open
 * first, the participant × issue stance matrix, decisions split into settled and undecided.
 * Shared by the Markdown and HTML renderers so both say the same thing.
 */
final class Findings {
  private Findings() {}

  /** Open questions first, then responded-but-not-resolved, then answered; each in thread order. */
  static List<Question> questionsOpenFirst(ThreadAnalysis a) {
    List<Question> out = new ArrayList<>(a.questions());
    out.sort(Comparator.comparingInt(Findings::rank)); // stable: thread order within a status
    return out;
  }

  private static int rank(Question q) {
    return q.status() == QuestionStatus.OPEN ? 0
        : q.status() == QuestionStatus.RESPONDED_NOT_RESOLVED ? 1 : 2;
  }

  static String status(QuestionStatus s) {
    return s == QuestionStatus.RESPONDED_NOT_RESOLVED ? "responded, not resolved" : s.label();
  }

  /** Issues that someone took a stance on, in the analysis order. */
  static List<Issue> matrixIssues(ThreadAnalysis a) {
    List<Issue> out = new ArrayList<>();
    for (Issue i : a.issues()) {
      if (a.positions().stream().anyMatch(p -> p.issue().equals(i.id()))) {
        out.add(i);
      }
    }
    return out;
  }

  /** A row of the stance matrix: a participant and, per issue id, their latest position. */
  record Row(Participant who, Map<String, Position> byIssue) {}

  /** One row per participant who took a stance, in order of their first position. */
  static List<Row> matrix(ThreadAnalysis a) {
    List<Row> rows = new ArrayList<>();
    for (Position p : a.positions()) {
      Row row = rows.stream().filter(r -> r.who().sameAs(p.who())).findFirst().orElse(null);
      if (row == null) {
        row = new Row(p.who(), new LinkedHashMap<>());
        rows.add(row);
      }
      row.byIssue().put(p.issue(), p); // a later position on the same issue replaces an earlier
    }
    return rows;
  }

  static Optional<Issue> issue(ThreadAnalysis a, String id) {
    return a.issues().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  static boolean settled(Decision d) {
    return d.status() == DecisionStatus.AGREED || d.status() == DecisionStatus.REJECTED;
  }

  static List<Decision> settled(ThreadAnalysis a) {
    return a.decisions().stream().filter(Findings::settled).toList();
  }

  static List<Decision> undecided(ThreadAnalysis a) {
    return a.decisions().stream().filter(d -> !settled(d)).toList();
  }

  /**
   * What to say about a decision after its status and issue id: the issue and the gist, or only
   * the gist when it already quotes the issue ("not decided: are we ...?").
   */
  static String decisionText(ThreadAnalysis a, Decision d) {
    String issue = Text.oneLine(issueText(a, d.issue()));
    String gist = Text.oneLine(d.gist());
    String head = issue.length() > 40 ? issue.substring(0, 40) : issue;
    if (gist.isEmpty() || issue.isEmpty()) {
      return gist.isEmpty() ? issue : gist;
    }
    return gist.contains(head) ? gist : issue + " — " + gist;
  }

  /** "0.50: 2 Nacks, 1 opposing stance, ...": the score and the counts behind it. */
  static String temperatureCounts(Temperature t) {
    return String.format(java.util.Locale.ROOT, "(%.2f): %s, %s, %s, %s; %s", t.score(),
        plural(t.nacks(), "Nack"), plural(t.oppositions(), "opposing stance"),
        plural(t.concerns(), "concern"), plural(t.unansweredChallenges(), "unanswered challenge"),
        plural(t.contested(), "contested issue"));
  }

  private static String plural(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** The issue's text for a decision or position: "i2: text", or the id when unknown. */
  static String issueText(ThreadAnalysis a, String id) {
    return issue(a, id).map(Issue::text).orElse(id);
  }
}
