package quorum.ingest.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quorum.mail.AttributionStyle;
import quorum.mail.Participant;

/**
 * The line-by-line state machine behind {@link BodySegmenter}: gives every line a kind and an
 * effective quote depth. One forward pass; every look-ahead is bounded, so the whole body
 * costs linear time. State: a patch tracker per depth, the depth a signature runs at, and
 * the depth shifts that unmarked Outlook quotes add below a header block.
 */
final class LineClassifier {
  enum Kind { BLANK, PROSE, ATTRIBUTION, SNIP, SIGNATURE, TRAILER, PATCH }

  /** An attribution found at lines first..last (0-based). */
  record Found(int first, int last, AttributionParser.Parsed parsed, boolean header) {}

  /** Per-line kinds and depths; {@code opens[i]} starts a new segment even after a like line. */
  static final class Result {
    final Kind[] kind;
    final int[] depth;
    final boolean[] opens;
    final Map<Integer, AttributionParser.Parsed> attributions = new HashMap<>();
    final Map<Integer, Trailers.Line> trailers = new HashMap<>();

    Result(int n) {
      kind = new Kind[n];
      depth = new int[n];
      opens = new boolean[n];
    }
  }

  private static final int MAX_ATTRIBUTION_LINES = 3;

  private final AttributionParser parser;
  private final List<BodyLine> lines;
  private final int[] nextNonBlank;
  /**
   * {@link #attribution} of each line once found: it depends on the lines alone, and the
   * signature look-aheads ask again for lines the pass reaches later.
   */
  private final Optional<Found>[] attributions;
  private final Result out;
  private final DepthShifts shifts = new DepthShifts();
  private final SignatureStarts signatures;
  private final Map<Integer, PatchTracker> patches = new HashMap<>();
  private int signatureDepth = -1;
  private int previousRaw;
  /** The last non-blank line classified so far, or -1. */
  private int previousLine = -1;

  LineClassifier(AttributionParser parser, List<BodyLine> lines) {
    this.parser = parser;
    this.lines = lines;
    int n = lines.size();
    this.out = new Result(n);
    this.nextNonBlank = new int[n + 1];
    @SuppressWarnings("unchecked")
    Optional<Found>[] memo = new Optional[n];
    this.attributions = memo;
    nextNonBlank[n] = -1;
    int lastZero = -1;
    for (int i = n - 1; i >= 0; i--) {
      nextNonBlank[i] = lines.get(i).blank() ? nextNonBlank[i + 1] : i;
      if (lastZero < 0 && !lines.get(i).blank() && lines.get(i).depth() == 0) {
        lastZero = i;
      }
    }
    this.signatures = new SignatureStarts(lines, nextNonBlank, lastZero,
        k -> attribution(k, lines.get(k)).isPresent());
  }

  Result classify() {
    int i = 0;
    while (i < lines.size()) {
      BodyLine l = lines.get(i);
      if (l.blank()) {
        out.kind[i] = Kind.BLANK;
        out.depth[i] = shifts.effective(l.depth());
        PatchTracker p = patches.get(out.depth[i]);
        if (p != null) {
          p.blank(i);
        }
        i++;
        continue;
      }
      shifts.popBelow(l.depth());
      int d = shifts.effective(l.depth());
      if (signatureDepth != d) {
        signatureDepth = -1;
      }
      i = line(i, l, d);
      previousRaw = l.depth();
      previousLine = i - 1;
    }
    return out;
  }

  /** Classifies line {@code i} (and the lines an attribution spans); returns the next index. */
  private int line(int i, BodyLine l, int d) {
    String c = l.content();
    PatchTracker patch = patches.get(d);
    boolean snip = Snips.isMarker(c) || (Snips.isEllipsis(c) && insideQuote(i, l)
        && (patch == null || !patch.expectsMore()));
    if (snip) {
      return mark(i, Kind.SNIP, d, true);
    }
    if (patch != null) {
      if (patch.accepts(l, i)) {
        return mark(i, Kind.PATCH, d, false);
      }
      patches.remove(d);
    }
    Optional<Found> found = attribution(i, l);
    if (found.isPresent()) {
      return attributed(found.get(), l, d);
    }
    if (signatureDepth == d) {
      if (!PatchTracker.startsDiff(lines, i)) {
        return mark(i, Kind.SIGNATURE, d, false);
      }
      signatureDepth = -1;  // a signature is a short trailing block, never a patch
    }
    PatchTracker started = PatchTracker.start(lines, i);
    if (started != null) {
      patches.put(d, started);
      return mark(i, Kind.PATCH, d, true);
    }
    Optional<Trailers.Line> trailer = Trailers.read(c);
    if (trailer.isPresent() && (trailer.get().strong() || nearStrongTrailer(i))) {
      out.trailers.put(i, trailer.get());
      return mark(i, Kind.TRAILER, d, true);
    }
    SignatureStarts.Start sig = signatures.starts(i, l, d);
    if (sig != SignatureStarts.Start.NONE) {
      signatureDepth = sig == SignatureStarts.Start.RUN ? d : signatureDepth;
      return mark(i, Kind.SIGNATURE, d, true);
    }
    return mark(i, Kind.PROSE, d, false);
  }

  private int mark(int i, Kind kind, int d, boolean opens) {
    out.kind[i] = kind;
    out.depth[i] = d;
    out.opens[i] = opens;
    return i + 1;
  }

  private int attributed(Found f, BodyLine l, int d) {
    int k = nextNonBlank[f.last() + 1];
    int depth = d;
    int quote = pastSnips(k, l.depth());
    if (!f.header() && d >= 1 && quote >= 0 && lines.get(quote).depth() == l.depth()
        && previousRaw < l.depth() && !followsAttributionAbove(d - 1)) {
      depth = d - 1;  // Apple Mail puts "On ... wrote:" inside the quote it introduces
    }
    for (int j = f.first(); j <= f.last(); j++) {
      out.kind[j] = lines.get(j).blank() ? Kind.BLANK : Kind.ATTRIBUTION;
      out.depth[j] = depth;
    }
    out.opens[f.first()] = true;
    out.attributions.put(f.first(), f.parsed());
    if (f.header() && (k < 0 || lines.get(k).depth() <= l.depth())) {
      shifts.push(l.depth());  // the unmarked text below a header block is the quote
    }
    signatureDepth = -1;
    return f.last() + 1;
  }

  /**
   * The previous non-blank line is an attribution at {@code depth} or deeper: it introduces
   * the quote this attribution sits in, so this one cannot share its depth ("On ..., A
   * wrote:\n> On ..., B wrote:\n> text" where B's own quote was trimmed away).
   */
  private boolean followsAttributionAbove(int depth) {
    return previousLine >= 0 && out.kind[previousLine] == Kind.ATTRIBUTION
        && out.depth[previousLine] >= depth;
  }

  /**
   * The first non-blank line from {@code k} on that is not a snip marker or ellipsis at raw
   * depth {@code depth} (at most three are skipped), or -1. "> On ..., X wrote:\n> [..]\n> > text"
   * introduces the deeper quote after the snip, not the snip itself.
   */
  private int pastSnips(int k, int depth) {
    for (int skipped = 0; k >= 0 && skipped < 3; skipped++) {
      BodyLine x = lines.get(k);
      if (x.depth() != depth || !(Snips.isMarker(x.content()) || Snips.isEllipsis(x.content()))) {
        return k;
      }
      k = nextNonBlank[k + 1];
    }
    return k;
  }

  /**
   * An attribution, header block or separator + header block starting at line {@code i}
   * ({@code l} is that line).
   */
  Optional<Found> attribution(int i, BodyLine l) {
    Optional<Found> f = attributions[i];
    if (f == null) {
      f = findAttribution(i, l);
      attributions[i] = f;
    }
    return f;
  }

  private Optional<Found> findAttribution(int i, BodyLine l) {
    String c = l.content();
    if (c.length() > AttributionParser.MAX_LENGTH * 2) {
      return Optional.empty();
    }
    if (HeaderBlocks.isSeparator(c)) {
      int k = nextNonBlank[i + 1];
      if (k >= 0 && k <= i + 3 && lines.get(k).depth() == l.depth()) {
        int len = HeaderBlocks.length(lines, k);
        if (len > 0) {
          return Optional.of(new Found(i, k + len - 1, HeaderBlocks.parse(lines, k, k + len), true));
        }
      }
      if (HeaderBlocks.originalMessage(c.strip())) {
        return Optional.of(new Found(i, i, new AttributionParser.Parsed(Participant.UNKNOWN,
            Optional.empty(), Optional.empty(), AttributionStyle.HEADER_BLOCK, false), true));
      }
      return Optional.empty();
    }
    int len = HeaderBlocks.length(lines, i);
    if (len > 0) {
      return Optional.of(new Found(i, i + len - 1, HeaderBlocks.parse(lines, i, i + len), true));
    }
    return attributionText(i, l).map(f -> withHeaderBlock(f, l));
  }

  /** "On ... wrote:" on one line or wrapped over up to three lines at the same depth. */
  private Optional<Found> attributionText(int i, BodyLine l) {
    for (int w = 0; w < MAX_ATTRIBUTION_LINES && i + w < lines.size(); w++) {
      BodyLine x = lines.get(i + w);
      if (x.blank() || x.depth() != l.depth() || x.content().length() > AttributionParser.MAX_LENGTH) {
        return Optional.empty();
      }
      if (endsWithColon(x.content())) {
        Optional<AttributionParser.Parsed> p = parser.parse(joined(i, i + w));
        if (p.isEmpty()) {
          return Optional.empty();
        }
        int k = nextNonBlank[i + w + 1];
        if (k >= 0 && lines.get(k).depth() == l.depth() && Snips.isMarker(lines.get(k).content())) {
          k = nextNonBlank[k + 1];  // "X wrote:" / "[..]" / "> quote"
        }
        if (p.get().weak() && (k < 0 || lines.get(k).depth() <= l.depth())) {
          return Optional.empty();  // "X wrote:" without date or address needs a quote below
        }
        return Optional.of(new Found(i, i + w, p.get(), false));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the line ends with a colon (ASCII or fullwidth) before trailing whitespace, as
   * {@code content.stripTrailing().endsWith(":")} says, without copying the line.
   */
  static boolean endsWithColon(String content) {
    int end = content.length();
    while (end > 0 && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    return end > 0 && (content.charAt(end - 1) == ':' || content.charAt(end - 1) == '\uff1a');
  }

  /** The contents of lines {@code first..last} joined by single spaces. */
  private String joined(int first, int last) {
    if (first == last) {
      return lines.get(first).content();
    }
    StringBuilder text = new StringBuilder();
    for (int k = first; k <= last; k++) {
      if (k > first) {
        text.append(' ');
      }
      text.append(lines.get(k).content());
    }
    return text.toString();
  }

  /** Yahoo: "On ..., X wrote:" then an unmarked From:/Subject:/To:/Date: block. */
  private Found withHeaderBlock(Found f, BodyLine l) {
    int k = nextNonBlank[f.last() + 1];
    if (k >= 0 && k <= f.last() + 4 && lines.get(k).depth() == l.depth()) {
      int len = HeaderBlocks.length(lines, k);
      if (len > 0) {
        return new Found(f.first(), k + len - 1, f.parsed(), true);
      }
    }
    return f;
  }

  private boolean insideQuote(int i, BodyLine l) {
    if (l.depth() > 0) {
      return true;
    }
    int k = nextNonBlank[i + 1];
    return previousRaw > 0 && k >= 0 && lines.get(k).depth() > 0;
  }

  /** A Cc:/Fixes:/Link: line counts as a trailer next to a Signed-off-by-style one. */
  private boolean nearStrongTrailer(int i) {
    if (i > 0 && out.kind[i - 1] == Kind.TRAILER && lines.get(i - 1).depth() == lines.get(i).depth()) {
      return true;
    }
    for (int j = i + 1; j < lines.size() && j < i + 20; j++) {
      BodyLine x = lines.get(j);
      if (x.blank() || x.depth() != lines.get(i).depth()) {
        return false;
      }
      Optional<Trailers.Line> t = Trailers.read(x.content());
      if (t.isEmpty()) {
        return false;
      }
      if (t.get().strong()) {
        return true;
      }
    }
    return false;
  }
}
