package quorum.ingest.quote;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where a signature starts: the {@code -- } delimiter, a footer rule, a device line, a
 * {@code -Name} line at the end of a run, and at depth 0 the shapes that close own text (a
 * valediction and a name, a name with short lines, a block with contact data). Every look-ahead
 * is bounded. Part of {@link LineClassifier}; it reads the same lines and next-non-blank index.
 */
final class SignatureStarts {
  /** NONE: no signature; LINE: this line only; RUN: this line and the rest at its depth. */
  enum Start { NONE, LINE, RUN }

  private static final int MAX_SIGNATURE_BLOCK = 8;
  private static final int MAX_PATCH_LOOKAHEAD = 200;

  private final List<BodyLine> lines;
  private final int[] nextNonBlank;
  private final int lastRawZero;
  private final IntPredicate opensQuote;

  SignatureStarts(List<BodyLine> lines, int[] nextNonBlank, int lastRawZero, IntPredicate opensQuote) {
    this.lines = lines;
    this.nextNonBlank = nextNonBlank;
    this.lastRawZero = lastRawZero;
    this.opensQuote = opensQuote;
  }

  /** Whether line {@code i} (at effective depth {@code d}) starts a signature, and how far it runs. */
  Start starts(int i, BodyLine l, int d) {
    String c = l.content();
    if (SignatureRules.isDelimiter(c) || SignatureRules.isUnderscoreRule(c)
        || (SignatureRules.isDashRule(c) && !underlinesHeading(i, l) && shortTail(i, l))) {
      return patchFollows(i, l) || proseFollows(i, l) ? Start.NONE : Start.RUN;
    }
    if (SignatureRules.isDeviceLine(c) || (SignatureRules.isDashName(c) && lastOfRun(i, l))) {
      return Start.LINE;
    }
    if (SignatureRules.isDashName(c) && contactTail(i, l)) {
      return Start.RUN;  // "-John Doe" then an address or phone line, to the end
    }
    if (d == 0 && closingBlock(i, l)) {
      return Start.RUN;
    }
    return Start.NONE;
  }

  /**
   * Patch content follows in this depth's run before a quote opens: "--" then cover notes
   * and the diffstat and diff of a patch mail. A block holding a patch is no signature.
   * Looks at most {@value #MAX_PATCH_LOOKAHEAD} non-blank lines ahead.
   */
  private boolean patchFollows(int i, BodyLine l) {
    int seen = 0;
    for (int j = nextNonBlank[i + 1]; j >= 0 && seen < MAX_PATCH_LOOKAHEAD;
        j = nextNonBlank[j + 1]) {
      if (lines.get(j).depth() != l.depth() || opensQuote.test(j)) {
        return false;
      }
      if (PatchTracker.startsDiff(lines, j)) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /**
   * A dash rule right under a line of about its length is a heading's underline (the
   * setext style of plain-text documents and RFC-like proposals), not a signature: "Open
   * questions" then "--------------". A valediction above ("Thanks" then "----") still signs.
   */
  private boolean underlinesHeading(int i, BodyLine l) {
    if (i == 0) {
      return false;
    }
    BodyLine above = lines.get(i - 1);
    String heading = above.trimmed();
    int rule = l.trimmed().length();
    return !above.blank() && above.depth() == l.depth() && heading.length() >= 6
        && Math.abs(heading.length() - rule) <= 1 && !SignatureRules.isDashRule(heading)
        && !SignatureRules.isValediction(heading);
  }

  /**
   * Three or more paragraphs of running prose follow at this depth: the "--" separated a note
   * from the text it introduces ("The abstract follows. -- Recently there have been ..."), which
   * no signature or disclaimer is as long as. A paragraph counts as prose when it has three or
   * more lines of 40+ characters with no table, tab or link shapes. Looks at most
   * {@value #MAX_PATCH_LOOKAHEAD} lines ahead.
   */
  private boolean proseFollows(int i, BodyLine l) {
    int paragraphs = 0;
    int longLines = 0;
    int seen = 0;
    for (int j = i + 1; j < lines.size() && seen < MAX_PATCH_LOOKAHEAD; j++, seen++) {
      BodyLine x = lines.get(j);
      if (!x.blank() && (x.depth() != l.depth() || opensQuote.test(j))) {
        break;
      }
      if (x.blank()) {
        paragraphs += longLines >= 3 ? 1 : 0;
        longLines = 0;
      } else if (proseLine(x.content())) {
        longLines++;
      }
      if (paragraphs >= 3) {
        return true;
      }
    }
    return paragraphs + (longLines >= 3 ? 1 : 0) >= 3;
  }

  private static boolean proseLine(String content) {
    String t = content.strip();
    return t.length() >= 40 && t.indexOf('|') < 0 && content.indexOf('\t') < 0
        && !t.contains("://") && t.indexOf(' ') > 0 && t.split(" +").length >= 6;
  }

  /** Up to 16 short lines follow at this depth before the depth changes or the body ends. */
  private boolean shortTail(int i, BodyLine l) {
    int count = 0;
    for (int j = nextNonBlank[i + 1]; j >= 0; j = nextNonBlank[j + 1]) {
      BodyLine x = lines.get(j);
      if (x.depth() != l.depth()) {
        return count > 0;
      }
      if (++count > 16 || x.content().length() > 80) {
        return false;
      }
    }
    return count > 0;
  }

  /** The next non-blank line after {@code i} opens a quote (an attribution or header block). */
  private boolean nextStartsQuote(int i) {
    int k = nextNonBlank[i + 1];
    return k >= 0 && opensQuote.test(k);
  }

  /** Up to four short lines with contact data follow to the end of this depth's run. */
  private boolean contactTail(int i, BodyLine l) {
    int count = 0;
    boolean contact = false;
    for (int j = nextNonBlank[i + 1]; j >= 0; j = nextNonBlank[j + 1]) {
      BodyLine x = lines.get(j);
      if (x.depth() != l.depth()) {
        break;
      }
      if (++count > 4 || x.content().strip().length() > 60) {
        return false;
      }
      contact |= Addresses.isContactLine(x.content());
    }
    return contact;
  }

  /** The next non-blank line is at another depth, opens a quote or a signature, or is none. */
  private boolean lastOfRun(int i, BodyLine l) {
    int k = nextNonBlank[i + 1];
    if (k < 0 || lines.get(k).depth() != l.depth()) {
      return true;
    }
    String c = lines.get(k).content();
    return SignatureRules.isDelimiter(c) || SignatureRules.isUnderscoreRule(c)
        || HeaderBlocks.isSeparator(c) || opensQuote.test(k);
  }

  /**
   * A closing block of own text: "Thanks,\nNoam" (a valediction and a name), or, as a
   * paragraph of its own, a name with short lines ("Stavros X\nvia mobile") or a block of
   * short lines with an address, URL or phone number. Only the last own text qualifies.
   */
  private boolean closingBlock(int i, BodyLine l) {
    String c = l.content();
    if (SignatureRules.isValediction(c)) {
      int name = nextNonBlank[i + 1];  // "Thanks,\nAlex" or "Thanks,\n\nAlex"
      if (name >= 0 && name <= i + 2 && lines.get(name).depth() == l.depth()
          && SignatureRules.isNameLine(lines.get(name).content()) && lastOfRun(name, l)
          && (name >= lastRawZero || nextStartsQuote(name))) {
        return true;
      }
    }
    int end = i;
    while (end + 1 < lines.size() && !lines.get(end + 1).blank()
        && lines.get(end + 1).depth() == l.depth() && end - i < MAX_SIGNATURE_BLOCK) {
      end++;
    }
    boolean closesBlock = end + 1 >= lines.size() || lines.get(end + 1).blank()
        || lines.get(end + 1).depth() != l.depth();
    if (!closesBlock || !(end >= lastRawZero || lastOfRun(end, lines.get(end)))) {
      return false;
    }
    boolean paragraph = i == 0 || lines.get(i - 1).blank() || lines.get(i - 1).depth() != l.depth();
    if (!paragraph || end == i) {
      return false;
    }
    boolean shortLines = true;
    boolean contact = false;
    for (int j = i; j <= end; j++) {
      String x = lines.get(j).content().strip();
      shortLines &= x.length() <= 60 && x.split(" ").length <= 6;
      contact |= Addresses.isContactLine(x);
    }
    boolean named = SignatureRules.isNameLine(c) && c.strip().indexOf(' ') > 0;
    return shortLines && (contact || (named && end - i < 4));
  }
}
