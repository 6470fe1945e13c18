package quorum.ingest.quote;

import java.util.List;
import quorum.mail.Authored;
import quorum.mail.LineSpan;
import quorum.mail.Segment;

/** Splits a decoded body into segments. Placeholder: the whole body is own text (issue 3). */
public final class BodySegmenter {
  public List<Segment> segment(String body) {
    int lines = Math.max(1, (int) body.lines().count());
    return List.of(Authored.of(LineSpan.of(1, lines), body.strip()));
  }
}
