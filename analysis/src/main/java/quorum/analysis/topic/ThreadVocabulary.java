package quorum.analysis.topic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.nlp.Sentence;

/**
 * How widely each content lemma is used across the messages of one thread. A lemma that
 * most messages use ("patch", "kernel" in a kernel thread, the proposal's own name) is what
 * the whole thread is about, so sharing it does not put two points on the same topic.
 */
public final class ThreadVocabulary {
  private final Map<String, Integer> messagesUsing = new HashMap<>();
  private final int limit;

  private ThreadVocabulary(int limit) {
    this.limit = limit;
  }

  public static ThreadVocabulary of(ThreadView view) {
    int turns = view.turns().size();
    // used in more than half of the messages, and in more than three: thread-wide
    ThreadVocabulary v = new ThreadVocabulary(Math.max(3, turns / 2));
    for (Turn t : view.turns()) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : t.sentences()) {
        seen.addAll(TopicWords.of(s));
      }
      for (String w : seen) {
        v.messagesUsing.merge(w, 1, Integer::sum);
      }
    }
    return v;
  }

  /** Whether {@code lemma} is used so widely that it marks no particular topic. */
  public boolean threadWide(String lemma) {
    return messagesUsing.getOrDefault(lemma, 0) > limit;
  }

  /** {@code words} without the thread-wide ones. */
  public Set<String> distinctive(Set<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      if (!threadWide(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
