package quorum.index;

import quorum.mail.QuorumException;

/**
 * A search query that does not parse. The message is one line that names the 1-based column,
 * e.g. {@code column 9: missing ")" for "(" at column 1}.
 */
public class QuerySyntaxException extends QuorumException {
  private static final long serialVersionUID = 1L;

  private final String query;
  private final int column;

  public QuerySyntaxException(String query, int column, String what) {
    super("column " + column + ": " + what);
    this.query = query;
    this.column = column;
  }

  public String query() {
    return query;
  }

  /** 1-based column of the offending character (query length + 1 at the end). */
  public int column() {
    return column;
  }

  /** Two lines for a terminal: the query and a caret under the offending column. */
  public String pointer() {
    return query + "\n" + " ".repeat(Math.max(0, column - 1)) + "^";
  }
}
