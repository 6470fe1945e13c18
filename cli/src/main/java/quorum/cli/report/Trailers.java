package quorum.cli.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import quorum.mail.Participant;
import quorum.mail.Provenance;
import quorum.mail.Segment;
import quorum.mail.Trailer;

/**
 * Review trailers collected from a thread: {@code Acked-by}, {@code Reviewed-by},
 * {@code Nacked-by} and {@code Tested-by} written at the author's own level (depth 0) of real
 * mail or of messages recovered from quotes, each with the series version it was given on.
 * Trailers inside quotes are not counted again (the quote-only node carries them once).
 */
public final class Trailers {
  /** The tags collected, in their canonical spelling, keyed by lower case. */
  static final Map<String, String> REVIEW_TAGS = Map.of(
      "acked-by", "Acked-by",
      "reviewed-by", "Reviewed-by",
      "nacked-by", "Nacked-by",
      "tested-by", "Tested-by");

  /** One trailer: the version it applies to (when known), tag, who, and the message it is in. */
  public record Collected(Optional<Integer> version, String tag, Participant who, String label,
      boolean quotedOnly) {
    public Collected {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(label, "label");
    }
  }

  private Trailers() {}

  static List<Collected> collect(List<ThreadReport.Entry> entries) {
    List<Collected> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ThreadReport.Entry e : entries) {
      for (Segment s : e.message().segments()) {
        if (!(s instanceof Trailer) || s.depth() != 0) {
          continue;
        }
        Trailer t = (Trailer) s;
        String tag = REVIEW_TAGS.get(t.tag().toLowerCase(Locale.ROOT));
        if (tag == null) {
          continue;
        }
        String who = t.who().address().map(a -> a.toLowerCase(Locale.ROOT))
            .orElse(Text.oneLine(t.who().name()).toLowerCase(Locale.ROOT));
        // the same tag by the same person on the same version counts once (a reply that
        // repeats an earlier Acked-by, a re-posting that carries the tags it was given)
        if (seen.add(e.version().map(String::valueOf).orElse("") + "\n" + tag + "\n" + who)) {
          out.add(new Collected(e.version(), tag, t.who(), e.label(),
              e.message().provenance() == Provenance.QUOTED_ONLY));
        }
      }
    }
    return out;
  }
}
