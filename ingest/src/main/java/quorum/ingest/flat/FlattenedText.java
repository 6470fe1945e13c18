package quorum.ingest.flat;

/** Recovers lines from a web-archive copy whose newlines became spaces. Placeholder (issue 3). */
public final class FlattenedText {
  private FlattenedText() {}

  public static String recover(String flattened) {
    return flattened;
  }
}
