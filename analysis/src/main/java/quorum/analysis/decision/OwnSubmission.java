package quorum.analysis.decision;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import quorum.analysis.Issue;
import quorum.analysis.internal.Words;

/**
 * A point about what the opener of a discussion topic submitted: the talk, its abstract or
 * slides, the session, its track or slot ("hinting about that in the abstract already might be
 * helpful", "the talk could also cover X"). The opener alone decides how their submission
 * reads, so their accepting such a point ("Good point, here is the revised abstract") settles
 * it; agreeing with a point about the topic itself ("Agreed, maintainers should split their
 * work") is only their view of the debate.
 */
final class OwnSubmission {
  private OwnSubmission() {}

  /** Nouns that name a submission to a summit or conference and its parts. */
  private static final Set<String> NOUNS = Stream.of("talk", "abstract",
      "session", "slides", "presentation", "submission", "track", "slot", "agenda")
      .map(Words::stem).collect(Collectors.toUnmodifiableSet());

  static boolean named(Issue point) {
    if (point.kind() == Issue.Kind.PROPOSAL) {
      return false;
    }
    for (String w : Words.content(point.text())) {
      if (NOUNS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
