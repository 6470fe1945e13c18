package quorum.analysis.series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Words;
import quorum.mail.QuestionForm;

/**
 * Follows the questions of a proposal across its versions. Postings of one series (same
 * normalized name) are taken oldest version first; a question still open in vN is, in the
 * next version posted:
 * <ol>
 *   <li>asked again (another question there shares most of its content words): carried over;
 *       addressed there when the later asking was answered;</li>
 *   <li>named by a changelog bullet (the bullet shares two content words with the question or
 *       the text it quotes, or one and the asker's name): addressed in that version;</li>
 *   <li>anchored to quoted text that vN proposed and vN+1 no longer contains: addressed;</li>
 *   <li>otherwise carried over, still open.</li>
 * </ol>
 * Rhetorical questions are left out: they ask nothing. A thread that is no series is a
 * proposal of one version, and its questions keep their thread status.
 */
public final class SeriesTracker {
  /** Share of the smaller question's content words two askings must have in common. */
  private static final double SAME_QUESTION = 0.6;

  public List<TrackedQuestion> track(List<SeriesPosting> postings) {
    Map<String, List<SeriesPosting>> bySeries = new LinkedHashMap<>();
    for (SeriesPosting p : postings) {
      bySeries.computeIfAbsent(p.series().orElse("thread:" + p.thread()), k -> new ArrayList<>())
          .add(p);
    }
    List<TrackedQuestion> out = new ArrayList<>();
    for (List<SeriesPosting> versions : bySeries.values()) {
      versions.sort(Comparator.comparingInt(SeriesPosting::version)
          .thenComparing(p -> p.date().orElse(Instant.MAX)).thenComparing(SeriesPosting::thread));
      out.addAll(follow(versions));
    }
    out.sort(Comparator.comparing((TrackedQuestion t) -> t.question().asked().orElse(Instant.MAX))
        .thenComparing(t -> t.posting().thread()).thenComparing(t -> t.question().message()));
    return out;
  }

  private List<TrackedQuestion> follow(List<SeriesPosting> versions) {
    Map<AskedQuestion, Integer> carriedFrom = new LinkedHashMap<>();
    Map<AskedQuestion, AskedQuestion> askedAgain = new LinkedHashMap<>();
    List<TrackedQuestion> out = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      SeriesPosting p = versions.get(i);
      Optional<SeriesPosting> next = nextVersion(versions, i);
      for (AskedQuestion q : p.questions()) {
        if (q.form() == QuestionForm.RHETORICAL) {
          continue;
        }
        Optional<Integer> from = Optional.ofNullable(carriedFrom.get(q));
        if (!q.status().isOpen() || next.isEmpty()) {
          out.add(new TrackedQuestion(p, q, Optional.empty(), "", false, from));
          continue;
        }
        out.add(followInto(p, q, next.get(), carriedFrom, from));
        askedAgain(q, next.get()).ifPresent(a -> askedAgain.put(q, a));
      }
    }
    return inheritLaterFates(out, askedAgain);
  }

  /**
   * A question asked again later shares the later asking's fate: when v2 asked v1's question
   * again and v3 addressed it, v1's is addressed in v3 too. Newest first, so fates pass down
   * a chain of re-askings.
   */
  private static List<TrackedQuestion> inheritLaterFates(List<TrackedQuestion> out,
      Map<AskedQuestion, AskedQuestion> askedAgain) {
    Map<AskedQuestion, TrackedQuestion> byQuestion = new LinkedHashMap<>();
    out.forEach(t -> byQuestion.put(t.question(), t));
    for (int i = out.size() - 1; i >= 0; i--) {
      TrackedQuestion t = out.get(i);
      AskedQuestion later = askedAgain.get(t.question());
      TrackedQuestion fate = later == null ? null : byQuestion.get(later);
      if (t.addressedIn().isEmpty() && fate != null && fate.addressedIn().isPresent()) {
        TrackedQuestion updated = new TrackedQuestion(t.posting(), t.question(), fate.addressedIn(),
            "asked again in v" + fate.posting().version() + "; " + fate.addressedHow(), true,
            t.carriedFrom());
        out.set(i, updated);
        byQuestion.put(t.question(), updated);
      }
    }
    return out;
  }

  private TrackedQuestion followInto(SeriesPosting p, AskedQuestion q, SeriesPosting next,
      Map<AskedQuestion, Integer> carriedFrom, Optional<Integer> from) {
    Optional<AskedQuestion> again = askedAgain(q, next);
    if (again.isPresent()) {
      carriedFrom.putIfAbsent(again.get(), p.version());
      boolean answered = !again.get().status().isOpen();
      return new TrackedQuestion(p, q, answered ? Optional.of(next.version()) : Optional.empty(),
          answered ? "answered when asked again" : "", true, from);
    }
    Optional<String> bullet = namingBullet(q, next);
    if (bullet.isPresent()) {
      return new TrackedQuestion(p, q, Optional.of(next.version()), "changelog: " + bullet.get(),
          false, from);
    }
    if (anchorChanged(q, p, next)) {
      return new TrackedQuestion(p, q, Optional.of(next.version()), "quoted text changed",
          false, from);
    }
    return new TrackedQuestion(p, q, Optional.empty(), "", true, from);
  }

  /** The next posting with a higher version (a RESEND of the same version is skipped). */
  private static Optional<SeriesPosting> nextVersion(List<SeriesPosting> versions, int i) {
    for (int j = i + 1; j < versions.size(); j++) {
      if (versions.get(j).version() > versions.get(i).version()) {
        return Optional.of(versions.get(j));
      }
    }
    return Optional.empty();
  }

  private static Optional<AskedQuestion> askedAgain(AskedQuestion q, SeriesPosting next) {
    Set<String> words = Words.content(q.text());
    AskedQuestion best = null;
    double bestScore = 0;
    for (AskedQuestion other : next.questions()) {
      Set<String> o = Words.content(other.text());
      double score = Words.containment(words, o);
      if (Words.overlap(words, o) >= 2 && score >= SAME_QUESTION && score > bestScore) {
        best = other;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<String> namingBullet(AskedQuestion q, SeriesPosting next) {
    Set<String> words = Words.content(q.text() + " " + q.anchor());
    Set<String> asker = Words.content(q.asker().name());
    for (String bullet : next.changelog()) {
      Set<String> b = Words.content(bullet);
      int shared = Words.overlap(words, b);
      boolean namesAsker = !asker.isEmpty() && Words.overlap(asker, b) > 0;
      if (shared >= 2 || (shared >= 1 && namesAsker)) {
        return Optional.of(bullet);
      }
    }
    return Optional.empty();
  }

  /** The question quotes text this version proposed, and the next version dropped it. */
  private static boolean anchorChanged(AskedQuestion q, SeriesPosting p, SeriesPosting next) {
    String anchor = Words.squash(q.anchor());
    if (anchor.length() < 12) {
      return false;
    }
    return Words.squash(p.proposal()).contains(anchor)
        && !Words.squash(next.proposal()).contains(anchor);
  }
}
