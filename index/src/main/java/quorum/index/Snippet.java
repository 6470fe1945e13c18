package quorum.index;

import java.util.List;
import java.util.Objects;

/**
 * A short excerpt of a hit with the ranges that matched the query, so each front end marks
 * them its own way (bold on a terminal, fields in JSON).
 *
 * @param field the index field the excerpt comes from ({@code own}, {@code quoted}, ...)
 */
public record Snippet(String field, String text, List<Span> highlights) {
  /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the snippet text. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("start=" + start + " end=" + end);
      }
    }
  }

  public Snippet {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    for (Span s : highlights) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("span " + s + " beyond length " + text.length());
      }
    }
  }

  public static final Snippet EMPTY = new Snippet("", "", List.of());

  /** The text with every highlight wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Span s : highlights) {
      sb.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return sb.append(text.substring(at)).toString();
  }
}
