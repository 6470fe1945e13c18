package quorum.analysis;

import java.util.List;
import java.util.Objects;
import quorum.analysis.normative.NormativeUse;
import quorum.analysis.normative.StrengthChange;
import quorum.mail.Decision;
import quorum.mail.Position;
import quorum.mail.Question;

/**
 * What analysis read out of one thread: its messages, the questions asked and their status,
 * the issues, who stands where, what was decided (or left open), the RFC 2119 keywords in
 * proposed text with the debate about them, and modal-strength changes in rewordings.
 * and how contested the thread is. {@link AnalysisJson} prints it in the issue's
 * {@code --json} schema.
 *
 * @param positions   each participant's stance per issue, one per message that shows it
 * @param decided     whether any issue was settled (agreed or rejected); false means "no decision"
 * @param temperature how contested the thread is, with the messages that drive it
 */
public record ThreadAnalysis(String subject, List<MessageRef> messages, List<Question> questions,
    List<Issue> issues, List<Position> positions, List<Decision> decisions,
    List<NormativeUse> normative, List<StrengthChange> strengthChanges, boolean decided,
    Temperature temperature) {
  public ThreadAnalysis {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(temperature, "temperature");
    messages = List.copyOf(messages);
    questions = List.copyOf(questions);
    issues = List.copyOf(issues);
    positions = List.copyOf(positions);
    decisions = List.copyOf(decisions);
    normative = List.copyOf(normative);
    strengthChanges = List.copyOf(strengthChanges);
  }
}
