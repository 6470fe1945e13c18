package quorum.analysis.position;

import java.util.List;
import quorum.analysis.Issue;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;
import quorum.mail.Position;

/**
 * Which issue a stance sentence is put on, given the issue the hand-written chain chose
 * ({@link IssueRegistry#issueOf}): the chain's choice itself ({@link #RULES}), the learned
 * ranker's ({@link AttachModel}), or a recorder that keeps what the ranker would be shown
 * (for training).
 */
@FunctionalInterface
public interface Attacher {
  /** The chain's choice, unchanged. */
  Attacher RULES = (view, reg, t, b, s, rule, earlier) -> List.of(rule);

  /**
   * The issues sentence {@code s} of block {@code b} in turn {@code t} is put on, the main one
   * first, the chain having chosen {@code rule}; {@code earlier} are the positions found in
   * earlier messages.
   */
  List<Issue> attach(ThreadView view, IssueRegistry reg, Turn t, Block b, Sentence s, Issue rule,
      List<Position> earlier);
}
