package quorum.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import quorum.analysis.nlp.Sentence;
import quorum.mail.Authored;
import quorum.mail.Discussion;
import quorum.mail.LineSpan;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Patch;
import quorum.mail.Quoted;
import quorum.mail.Segment;

/**
 * A discussion prepared for the finders: each message split into blocks of own text with
 * the depth-1 quote each block answers, own text annotated (never quotes or patch lines).
 */
public final class ThreadView {
  private final Discussion discussion;
  private final List<Turn> turns;
  private final Map<MessageKey, Turn> byKey;

  private ThreadView(Discussion discussion, List<Turn> turns) {
    this.discussion = discussion;
    this.turns = List.copyOf(turns);
    Map<MessageKey, Turn> m = new LinkedHashMap<>();
    for (Turn t : turns) {
      m.put(t.key(), t);
    }
    this.byKey = m;
  }

  /**
   * Builds the view; {@code annotate} gets each message's key and own text (Authored segments
   * joined by blank lines) and returns its sentences with offsets into that text.
   */
  public static ThreadView of(Discussion d, BiFunction<MessageKey, String, List<Sentence>> annotate) {
    List<Turn> turns = new ArrayList<>();
    int pos = 0;
    for (Message m : d.messages()) {
      turns.add(turn(d, m, pos++, annotate));
    }
    return new ThreadView(d, turns);
  }

  /** The own text analysis annotates for {@code m}: Authored segments joined by blank lines. */
  public static String ownText(Message m) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : ownSegments(m)) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(s.text());
    }
    return sb.toString();
  }

  private static List<Segment> ownSegments(Message m) {
    List<Segment> own = new ArrayList<>();
    for (Segment s : m.segments()) {
      if (s instanceof Authored) {
        own.add(s);
      }
    }
    if (own.isEmpty() && m.segments().isEmpty() && !m.body().isBlank()) {
      // an unsegmented body is all own text
      int lines = (int) m.body().lines().count();
      own.add(Authored.of(LineSpan.of(1, Math.max(1, lines)), m.body().strip()));
    }
    return own;
  }

  private static Turn turn(Discussion d, Message m, int pos,
      BiFunction<MessageKey, String, List<Sentence>> annotate) {
    List<Segment> own = ownSegments(m);
    String text = ownText(m);
    List<Sentence> sentences = text.isBlank() ? List.of()
        : annotate.apply(m.key(), text).stream().filter(x -> !CodeSentences.isCode(x)).toList();
    // offsets of each own segment in the joined text, and the anchor above each
    Map<Segment, int[]> range = new HashMap<>();
    int off = 0;
    for (Segment s : own) {
      range.put(s, new int[] {off, off + s.text().length()});
      off += s.text().length() + 2;
    }
    Map<Segment, String> anchorOf = anchors(m);
    for (Segment s : own) {
      if (anchorOf.getOrDefault(s, "").isEmpty()) {
        String recovered = anchorInQuotingMail(d, m, s);
        if (!recovered.isEmpty()) {
          anchorOf.put(s, recovered);
        }
      }
    }
    Optional<MessageKey> parent = d.tree().parentOf(m.key());
    List<Block> blocks = new ArrayList<>();
    List<Sentence> current = new ArrayList<>();
    Segment first = null;
    Segment last = null;
    for (Segment s : own) {
      String anchor = anchorOf.getOrDefault(s, "");
      if (first != null && !anchor.isEmpty()) {
        blocks.add(block(m, blocks.size(), anchorOf.getOrDefault(first, ""), parent, current, first, last));
        current = new ArrayList<>();
        first = null;
      }
      if (first == null) {
        first = s;
      }
      last = s;
      int[] r = range.get(s);
      for (Sentence x : sentences) {
        if (x.begin() >= r[0] && x.begin() < r[1] + 1) {
          current.add(x);
        }
      }
    }
    if (first != null) {
      blocks.add(block(m, blocks.size(), anchorOf.getOrDefault(first, ""), parent, current, first, last));
    }
    return new Turn(m, pos, blocks);
  }

  private static Block block(Message m, int index, String anchor, Optional<MessageKey> parent,
      List<Sentence> sentences, Segment first, Segment last) {
    LineSpan lines = LineSpan.of(first.lines().first(), Math.max(first.lines().first(), last.lines().last()));
    return new Block(m.key(), index, anchor, anchor.isEmpty() ? Optional.empty() : parent,
        sentences, lines);
  }

  /** For each Authored segment, the depth-1 quoted text (prose or patch) since the last one. */
  private static Map<Segment, String> anchors(Message m) {
    Map<Segment, String> out = new HashMap<>();
    StringBuilder quote = new StringBuilder();
    for (Segment s : m.segments()) {
      if ((s instanceof Quoted || s instanceof Patch) && s.depth() == 1) {
        if (quote.length() > 0) {
          quote.append('\n');
        }
        quote.append(anchorText(s));
      } else if (s instanceof Authored) {
        out.put(s, quote.toString());
        quote.setLength(0);
      }
    }
    return out;
  }

  /**
   * A quoted segment's text as a reply answers it. Quoted patch lines lose their diff markers
   * and hunk headers, so a reply to "+Callers MUST check it." takes a stand on the sentence as
   * the proposal states it, not on "+Callers", and a sentence wrapped over two added lines
   * reads whole.
   */
  static String anchorText(Segment s) {
    if (!(s instanceof Patch)) {
      return s.text();
    }
    StringBuilder out = new StringBuilder();
    for (String line : s.text().split("\n", -1)) {
      if (line.startsWith("@@") || line.startsWith("+++") || line.startsWith("---")
          || line.startsWith("diff ") || line.startsWith("index ")) {
        continue;
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      boolean marked = !line.isEmpty()
          && (line.charAt(0) == '+' || line.charAt(0) == '-' || line.charAt(0) == ' ');
      out.append(marked ? line.substring(1) : line);
    }
    return out.toString();
  }

  /**
   * The anchor of own text {@code own} of {@code m} as a later mail shows it: a message that
   * survives only as a quote lost the quote it answered, but the mail quoting it still has
   * it, one level deeper right above it (deeper levels skipped, stopping at the quote's own
   * level or shallower).
   */
  private static String anchorInQuotingMail(Discussion d, Message m, Segment own) {
    String mine = Words.squash(own.text());
    if (mine.isEmpty()) {
      return "";
    }
    for (Message other : d.messages()) {
      if (other == m) {
        continue;
      }
      List<Segment> segs = other.segments();
      for (int i = 0; i < segs.size(); i++) {
        Segment q = segs.get(i);
        if (!(q instanceof Quoted) || !Words.squash(q.text()).equals(mine)) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        for (int j = i - 1; j >= 0; j--) {
          Segment p = segs.get(j);
          if (p.depth() <= q.depth() && !(p instanceof quorum.mail.Snip)
              && !(p instanceof quorum.mail.Attribution)) {
            break;
          }
          if (p.depth() == q.depth() + 1 && (p instanceof Quoted || p instanceof Patch)) {
            parts.add(0, anchorText(p));
          }
          if (p.depth() <= q.depth() && p instanceof quorum.mail.Attribution) {
            break;
          }
        }
        if (!parts.isEmpty()) {
          return String.join("\n", parts);
        }
      }
    }
    return "";
  }

  public Discussion discussion() {
    return discussion;
  }

  public List<Turn> turns() {
    return turns;
  }

  public Optional<Turn> turn(MessageKey key) {
    return Optional.ofNullable(byKey.get(Objects.requireNonNull(key, "key")));
  }

  public Optional<MessageKey> parent(MessageKey key) {
    return discussion.tree().parentOf(key);
  }

  /** True when {@code key} is {@code ancestor} or hangs below it (bounded walk, no recursion). */
  public boolean descendsFrom(MessageKey key, MessageKey ancestor) {
    Optional<MessageKey> k = Optional.of(key);
    for (int steps = 0; k.isPresent() && steps <= turns.size() + 1; steps++) {
      if (k.get().equals(ancestor)) {
        return true;
      }
      k = parent(k.get());
    }
    return false;
  }

  /** The thread's first message: the root of the reply tree, else the oldest. */
  public Optional<Turn> root() {
    for (MessageKey r : discussion.tree().roots()) {
      Optional<Turn> t = turn(r);
      if (t.isPresent()) {
        return t;
      }
    }
    return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(0));
  }
}
