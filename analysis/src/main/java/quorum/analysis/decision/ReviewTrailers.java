package quorum.analysis.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.mail.Segment;
import quorum.mail.Trailer;

/**
 * Review trailers that replies give the proposal: Nacked-by against it, Acked-by, Reviewed-by
 * and Tested-by for it. A proposal that only drew Nacks and that nothing else settled is
 * rejected; one with any support stays proposed (an Ack is no one applying it), and trailers
 * the proposal carries itself were given to an earlier version.
 */
final class ReviewTrailers {
  private ReviewTrailers() {}

  static boolean nackedOnly(ThreadView view) {
    return nackedOnly(replyTrailers(view));
  }

  /** Whether {@code ts}, the replies' trailers, hold a Nack and no support. */
  static boolean nackedOnly(List<Trailer> ts) {
    return ts.stream().anyMatch(ReviewTrailers::nack) && ts.stream().noneMatch(ReviewTrailers::support);
  }

  /** The gist of the Nacks: "Nacked-by: A; Nacked-by: B". */
  static String nacks(ThreadView view) {
    List<String> out = new ArrayList<>();
    for (Trailer t : replyTrailers(view)) {
      if (nack(t)) {
        out.add(t.tag() + ": " + t.who().display());
      }
    }
    return String.join("; ", out);
  }

  private static List<Trailer> replyTrailers(ThreadView view) {
    Optional<Turn> root = view.root();
    List<Trailer> out = new ArrayList<>();
    for (Turn t : view.turns()) {
      if (root.isPresent() && root.get().key().equals(t.key())) {
        continue;
      }
      for (Segment s : t.message().segments()) {
        if (s instanceof Trailer tr && s.depth() == 0) {
          out.add(tr);
        }
      }
    }
    return out;
  }

  private static boolean nack(Trailer t) {
    String tag = t.tag().toLowerCase(Locale.ROOT);
    return tag.equals("nacked-by") || tag.equals("nak-by") || tag.equals("naked-by");
  }

  private static boolean support(Trailer t) {
    String tag = t.tag().toLowerCase(Locale.ROOT);
    return tag.equals("acked-by") || tag.equals("reviewed-by") || tag.equals("tested-by");
  }
}
