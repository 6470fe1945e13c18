package quorum.mail;

/** Lines {@code first..last} of a message body, 1-based and inclusive. */
public record LineSpan(int first, int last) {
  public LineSpan {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("first=" + first + " last=" + last);
    }
  }

  public static LineSpan of(int first, int last) {
    return new LineSpan(first, last);
  }

  public int length() {
    return last - first + 1;
  }

  public boolean contains(int line) {
    return line >= first && line <= last;
  }
}
