package quorum.ingest.internal;

/** Whitespace folding shared by the stages that compare text loosely. */
public final class Whitespace {
  private Whitespace() {}

  /** Every run of whitespace becomes one space; leading and trailing whitespace goes. Linear. */
  public static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
