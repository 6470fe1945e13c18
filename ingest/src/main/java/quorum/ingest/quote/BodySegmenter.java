package quorum.ingest.quote;

import java.util.ArrayList;
import java.util.List;
import quorum.ingest.quote.LineClassifier.Kind;
import quorum.mail.Attribution;
import quorum.mail.Authored;
import quorum.mail.LineSpan;
import quorum.mail.Patch;
import quorum.mail.Quoted;
import quorum.mail.Segment;
import quorum.mail.Signature;
import quorum.mail.Snip;
import quorum.mail.Trailer;

/**
 * Splits a decoded body into segments in body order: own text, quoted text by depth,
 * attributions, snips, signatures, trailers and inline patches. Segments cover every
 * non-blank line; blank lines inside a run of one kind belong to it. Linear time, no
 * backtracking regex, no recursion on quote depth.
 */
public final class BodySegmenter {
  private final AttributionParser parser = new AttributionParser();

  public List<Segment> segment(String body) {
    List<String> raw = QuoteMarkers.split(body);
    List<BodyLine> lines = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      lines.add(QuoteMarkers.scan(i + 1, raw.get(i)));
    }
    unescapeFromLines(raw, lines);
    LineClassifier.Result r = new LineClassifier(parser, lines).classify();
    List<Segment> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (r.kind[i] == Kind.BLANK) {
        continue;
      }
      boolean join = start >= 0 && !r.opens[i] && r.kind[i] == r.kind[start]
          && r.depth[i] == r.depth[start];
      if (!join) {
        if (start >= 0) {
          out.add(build(lines, r, start, end));
        }
        start = i;
      }
      end = i;
    }
    if (start >= 0) {
      out.add(build(lines, r, start, end));
    }
    return List.copyOf(out);
  }

  /**
   * mboxo escapes a body line "From ..." as ">From ..." (RFC 4155), which reads as a one-line
   * quote. A {@code >From } line (no space after the marker) between unquoted lines is taken
   * as that escape and read as own text at its neighbours' depth.
   */
  private static void unescapeFromLines(List<String> raw, List<BodyLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!raw.get(i).startsWith(">From ")) {
        continue;
      }
      int before = neighbourDepth(lines, i, -1);
      int after = neighbourDepth(lines, i, 1);
      if ((before == 0 || after == 0) && before <= 0 && after <= 0) {
        lines.set(i, new BodyLine(i + 1, 0, raw.get(i).substring(1)));
      }
    }
  }

  /** The depth of the nearest non-blank line in direction {@code step}, or -1 if none. */
  private static int neighbourDepth(List<BodyLine> lines, int i, int step) {
    for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
      if (!lines.get(j).blank()) {
        return lines.get(j).depth();
      }
    }
    return -1;
  }

  private static Segment build(List<BodyLine> lines, LineClassifier.Result r, int first, int last) {
    LineSpan span = LineSpan.of(first + 1, last + 1);
    int depth = r.depth[first];
    String text = text(lines, first, last, r.kind[first] != Kind.PATCH);
    switch (r.kind[first]) {
      case PROSE:
        return depth == 0 ? Authored.of(span, text) : new Quoted(span, depth, text);
      case ATTRIBUTION: {
        AttributionParser.Parsed p = r.attributions.get(first);
        return new Attribution(span, depth, text, p.who(), p.when(), p.date(), p.style());
      }
      case SNIP:
        return new Snip(span, depth, text.strip());
      case SIGNATURE:
        return new Signature(span, depth, text);
      case TRAILER: {
        Trailers.Line t = r.trailers.get(first);
        return new Trailer(span, depth, text.strip(), t.tag(), t.who());
      }
      case PATCH:
        return new Patch(span, depth, text);
      default:
        throw new IllegalStateException("no segment for " + r.kind[first] + " at line " + (first + 1));
    }
  }

  private static String text(List<BodyLine> lines, int first, int last, boolean stripEnds) {
    StringBuilder b = new StringBuilder();
    for (int i = first; i <= last; i++) {
      String c = lines.get(i).content();
      if (i > first) {
        b.append('\n');
      }
      b.append(stripEnds ? c.stripTrailing() : c);
    }
    return b.toString();
  }
}
