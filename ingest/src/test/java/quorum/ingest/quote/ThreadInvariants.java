package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.mail.Authored;
import quorum.mail.Discussion;
import quorum.mail.Link;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Patch;
import quorum.mail.Quoted;
import quorum.mail.ReplyNode;
import quorum.mail.Segment;
import quorum.mail.Signature;

/**
 * What must hold for any input, however broken: the contracts the fuzz tests check after every
 * run, shared by the harnesses that reach segments and reply trees by different roads.
 */
public final class ThreadInvariants {
  private ThreadInvariants() {}

  /**
   * The segmenter's contract: segments in body order without overlap, inside the body, each
   * starting on a non-blank line, every non-blank line covered, depth never negative, and prose
   * segments keep one text line per body line, taken from that line.
   */
  public static void assertSegmentsCover(String body, List<Segment> segments) {
    List<String> lines = QuoteMarkers.split(body);
    int covered = 0;
    for (Segment s : segments) {
      assertThat(s.lines().first()).as("segments in body order, no overlap: %s", s)
          .isGreaterThan(covered);
      assertThat(s.lines().last()).as("segment inside the body: %s", s)
          .isLessThanOrEqualTo(lines.size());
      for (int line = covered + 1; line < s.lines().first(); line++) {
        assertThat(blank(lines, line)).as("uncovered line %d: %s", line, lines.get(line - 1))
            .isTrue();
      }
      assertThat(s.depth()).isNotNegative();
      assertThat(blank(lines, s.lines().first())).as("a segment starts on a non-blank line: %s", s)
          .isFalse();
      if (keepsOneTextLinePerLine(s)) {
        assertThat(s.text().split("\n", -1)).as("one text line per body line: %s", s)
            .hasSize(s.lines().length());
        assertTextComesFromTheLines(s, lines);
      }
      covered = s.lines().last();
    }
    for (int line = covered + 1; line <= lines.size(); line++) {
      assertThat(blank(lines, line)).as("uncovered trailing line %d", line).isTrue();
    }
  }

  /**
   * A discussion's reply tree is a forest over its messages: every message has a node, every
   * node that is not a ghost is a message, parents exist, a node's depth is its parent's plus
   * one (so following parents always ends, at a root), and the roots are the parentless nodes.
   */
  public static void assertForest(Discussion d) {
    Map<MessageKey, ReplyNode> nodes = d.tree().nodes();
    Set<MessageKey> keys = new HashSet<>();
    for (Message m : d.messages()) {
      assertThat(keys.add(m.key())).as("%s listed once", m.key()).isTrue();
      assertThat(nodes).as("node for %s", m.key()).containsKey(m.key());
    }
    List<MessageKey> roots = new ArrayList<>();
    for (ReplyNode n : nodes.values()) {
      if (!n.ghost()) {
        assertThat(keys).as("a node that is not a ghost is a message").contains(n.key());
      }
      Optional<MessageKey> parent = n.parent();
      if (parent.isEmpty()) {
        assertThat(n.depth()).isZero();
        assertThat(n.link()).isEqualTo(Link.ROOT);
        roots.add(n.key());
      } else {
        ReplyNode up = nodes.get(parent.get());
        assertThat(up).as("parent node of %s", n.key()).isNotNull();
        assertThat(n.depth()).as("depth of %s", n.key()).isEqualTo(up.depth() + 1);
      }
    }
    assertThat(d.tree().roots()).containsExactlyInAnyOrderElementsOf(roots);
  }

  /** Both of the above for every discussion and message. */
  public static void assertThreads(List<Discussion> discussions) {
    for (Discussion d : discussions) {
      assertForest(d);
      for (Message m : d.messages()) {
        assertSegmentsCover(m.body(), m.segments());
      }
    }
  }

  /** Blank once the quote markers are gone: such a line needs no segment. */
  private static boolean blank(List<String> lines, int line) {
    return QuoteMarkers.scan(line, lines.get(line - 1)).blank();
  }

  private static boolean keepsOneTextLinePerLine(Segment s) {
    return s instanceof Authored || s instanceof Quoted || s instanceof Signature
        || s instanceof Patch;
  }

  /** Each text line is found in its body line: markers may go, nothing is made up. */
  private static void assertTextComesFromTheLines(Segment s, List<String> lines) {
    String[] text = s.text().split("\n", -1);
    for (int k = 0; k < text.length; k++) {
      String raw = lines.get(s.lines().first() - 1 + k);
      assertThat(raw).as("line %d of %s", s.lines().first() + k, s).contains(text[k].strip());
    }
  }
}
