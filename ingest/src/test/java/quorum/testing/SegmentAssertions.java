package quorum.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import quorum.ingest.quote.BodySegmenter;
import quorum.mail.Attribution;
import quorum.mail.Authored;
import quorum.mail.Patch;
import quorum.mail.Quoted;
import quorum.mail.Segment;
import quorum.mail.Signature;
import quorum.mail.Snip;
import quorum.mail.Trailer;

/**
 * Assertions on body segmentation, in the style of Lucene's {@code assertTokenStreamContents}:
 * {@code assertSegments(body, authored("Hi"), attribution(0, "Bob"), quoted(1, "Hello"))}.
 * Texts compare whitespace-normalized; a patch is named by its first line; an attribution by
 * its author's name (or address when there is no name).
 */
public final class SegmentAssertions {
  private SegmentAssertions() {}

  /** One expected segment, rendered the way the assertion prints it. */
  public record Expected(String rendered) {
    @Override
    public String toString() {
      return rendered;
    }
  }

  public static Expected authored(String text) {
    return new Expected("authored(\"" + normalize(text) + "\")");
  }

  public static Expected quoted(int depth, String text) {
    return new Expected("quoted(" + depth + ", \"" + normalize(text) + "\")");
  }

  public static Expected attribution(int depth, String who) {
    return new Expected("attribution(" + depth + ", \"" + normalize(who) + "\")");
  }

  public static Expected snip(int depth, String marker) {
    return new Expected("snip(" + depth + ", \"" + normalize(marker) + "\")");
  }

  public static Expected signature(int depth, String text) {
    return new Expected("signature(" + depth + ", \"" + normalize(text) + "\")");
  }

  public static Expected trailer(int depth, String tag, String who) {
    return new Expected("trailer(" + depth + ", \"" + tag + "\", \"" + normalize(who) + "\")");
  }

  /** A patch at {@code depth} whose first line is {@code firstLine}. */
  public static Expected patch(int depth, String firstLine) {
    return new Expected("patch(" + depth + ", \"" + normalize(firstLine) + "\")");
  }

  /** Segments {@code body} with a fresh {@link BodySegmenter} and compares in order. */
  public static List<Segment> assertSegments(String body, Expected... expected) {
    List<Segment> actual = new BodySegmenter().segment(body);
    assertSegments(actual, expected);
    return actual;
  }

  public static void assertSegments(List<Segment> actual, Expected... expected) {
    assertThat(render(actual))
        .as("segments of the body")
        .containsExactlyElementsOf(Arrays.stream(expected).map(Expected::rendered)
            .collect(Collectors.toList()));
  }

  /** Each segment in the assertion's notation, for failure messages and quick looks. */
  public static List<String> render(List<Segment> segments) {
    List<String> out = new ArrayList<>();
    for (Segment s : segments) {
      out.add(renderOne(s));
    }
    return out;
  }

  private static String renderOne(Segment s) {
    if (s instanceof Authored a) {
      return authored(a.text()).rendered();
    } else if (s instanceof Quoted q) {
      return quoted(q.depth(), q.text()).rendered();
    } else if (s instanceof Attribution a) {
      return attribution(a.depth(), a.who().display()).rendered();
    } else if (s instanceof Snip n) {
      return snip(n.depth(), n.text()).rendered();
    } else if (s instanceof Signature g) {
      return signature(g.depth(), g.text()).rendered();
    } else if (s instanceof Trailer t) {
      return trailer(t.depth(), t.tag(), t.who().display()).rendered();
    } else if (s instanceof Patch p) {
      return patch(p.depth(), p.text().lines().findFirst().orElse("")).rendered();
    }
    throw new IllegalArgumentException("unknown segment " + s);
  }

  /** The own text: Authored segments joined with a newline. */
  public static String ownText(List<Segment> segments) {
    return segments.stream().filter(s -> s instanceof Authored).map(Segment::text)
        .collect(Collectors.joining("\n"));
  }

  /** Collapses every whitespace run to one space and trims (QUOTING.md's comparison). */
  public static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
