package quorum.index.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quorum.index.QuerySyntaxException;
import quorum.index.query.QueryNode.And;
import quorum.index.query.QueryNode.Match;
import quorum.index.query.QueryNode.Not;
import quorum.index.query.QueryNode.Or;

/**
 * Parses the lore / public-inbox query language into a {@link QueryNode}:
 *
 * <pre>
 *   query   := or
 *   or      := and ("OR" and)*
 *   and     := unary (["AND"] unary)*        juxtaposition is AND
 *   unary   := ("NOT" | "-")* primary
 *   primary := term | "(" or ")"
 *   term    := [prefix ":"] (word | "phrase")
 *   prefix  := s f b q nq dfn dfa dfb d m changeid patchid
 * </pre>
 *
 * Operators are upper case ({@code and} is a word). A colon after a name that is not a prefix
 * is an error, except in URLs ({@code https://...}). Lexing and parsing are linear; parentheses
 * may nest {@value #MAX_DEPTH} deep, which bounds the recursion. Every error is a
 * {@link QuerySyntaxException} naming the 1-based column.
 */
public final class QueryParser {
  static final int MAX_DEPTH = 32;

  private final Clock clock;

  public QueryParser(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Parses {@code query}; blank gives {@link QueryNode.All}. */
  public QueryNode parse(String query) throws QuerySyntaxException {
    Objects.requireNonNull(query, "query");
    List<Token> tokens = new Lexer(query, new DateExpression(clock)).tokens();
    if (tokens.isEmpty()) {
      return new QueryNode.All();
    }
    Parse p = new Parse(query, tokens);
    QueryNode node = p.or(0);
    if (p.at < tokens.size()) {
      Token t = tokens.get(p.at);
      throw p.error(t.column, t.kind == Kind.RPAREN ? "unexpected \")\" without \"(\""
          : "unexpected " + t.describe());
    }
    return node;
  }

  enum Kind { TERM, AND, OR, NOT, LPAREN, RPAREN }

  /** One lexical token; {@code node} is set for terms. */
  record Token(Kind kind, int column, String text, Optional<QueryNode> node) {
    String describe() {
      return kind == Kind.TERM ? "term [" + text + "]" : "\"" + text + "\"";
    }
  }

  /** Recursive descent over the token list; depth is bounded by {@link #MAX_DEPTH}. */
  private static final class Parse {
    final String query;
    final List<Token> tokens;
    int at;

    Parse(String query, List<Token> tokens) {
      this.query = query;
      this.tokens = tokens;
    }

    QuerySyntaxException error(int column, String what) {
      return new QuerySyntaxException(query, column, what);
    }

    Token peek() {
      return at < tokens.size() ? tokens.get(at) : null;
    }

    int endColumn() {
      return query.length() + 1;
    }

    QueryNode or(int depth) throws QuerySyntaxException {
      List<QueryNode> clauses = new ArrayList<>();
      clauses.add(and(depth));
      while (peek() != null && peek().kind == Kind.OR) {
        Token op = tokens.get(at++);
        if (peek() == null || peek().kind == Kind.RPAREN || peek().kind == Kind.OR
            || peek().kind == Kind.AND) {
          throw error(peek() == null ? endColumn() : peek().column,
              "expected a term after \"OR\" at column " + op.column);
        }
        clauses.add(and(depth));
      }
      return clauses.size() == 1 ? clauses.get(0) : new Or(clauses);
    }

    QueryNode and(int depth) throws QuerySyntaxException {
      List<QueryNode> clauses = new ArrayList<>();
      clauses.add(unary(depth));
      while (peek() != null && peek().kind != Kind.OR && peek().kind != Kind.RPAREN) {
        if (peek().kind == Kind.AND) {
          Token op = tokens.get(at++);
          if (peek() == null || peek().kind == Kind.RPAREN || peek().kind == Kind.OR
              || peek().kind == Kind.AND) {
            throw error(peek() == null ? endColumn() : peek().column,
                "expected a term after \"AND\" at column " + op.column);
          }
        }
        clauses.add(unary(depth));
      }
      return clauses.size() == 1 ? clauses.get(0) : new And(clauses);
    }

    QueryNode unary(int depth) throws QuerySyntaxException {
      int nots = 0;
      Token first = peek();
      while (peek() != null && peek().kind == Kind.NOT) {
        at++;
        nots++;
      }
      Token t = peek();
      if (t == null) {
        throw error(endColumn(), "expected a term after \"NOT\" at column " + first.column);
      }
      QueryNode node;
      if (t.kind == Kind.TERM) {
        at++;
        node = t.node.orElseThrow();
      } else if (t.kind == Kind.LPAREN) {
        if (depth >= MAX_DEPTH) {
          throw error(t.column, "parentheses nested deeper than " + MAX_DEPTH);
        }
        at++;
        if (peek() != null && peek().kind == Kind.RPAREN) {
          throw error(peek().column, "empty parentheses");
        }
        if (peek() == null) {
          throw error(endColumn(), "missing \")\" for \"(\" at column " + t.column);
        }
        node = or(depth + 1);
        if (peek() == null || peek().kind != Kind.RPAREN) {
          throw error(peek() == null ? endColumn() : peek().column,
              "missing \")\" for \"(\" at column " + t.column);
        }
        at++;
      } else {
        throw error(t.column, "expected a term, found " + t.describe());
      }
      return nots % 2 == 1 ? new Not(node) : node;
    }
  }

  /** Cuts the query into tokens in one pass. */
  private static final class Lexer {
    final String q;
    final DateExpression dates;
    int i;

    Lexer(String q, DateExpression dates) {
      this.q = q;
      this.dates = dates;
    }

    QuerySyntaxException error(int index, String what) {
      return new QuerySyntaxException(q, index + 1, what);
    }

    List<Token> tokens() throws QuerySyntaxException {
      List<Token> out = new ArrayList<>();
      while (i < q.length()) {
        char c = q.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '(') {
          out.add(new Token(Kind.LPAREN, ++i, "(", Optional.empty()));
        } else if (c == ')') {
          out.add(new Token(Kind.RPAREN, ++i, ")", Optional.empty()));
        } else if (c == '"') {
          int start = i;
          String phrase = phrase();
          out.add(term(start, Prefix.DEFAULT, phrase, true, start));
        } else {
          word(out);
        }
      }
      return out;
    }

    /** Reads {@code "..."} starting at the quote; returns the inside. */
    String phrase() throws QuerySyntaxException {
      int start = i;
      int close = q.indexOf('"', i + 1);
      if (close < 0) {
        throw error(start, "unterminated phrase: no closing '\"'");
      }
      i = close + 1;
      return q.substring(start + 1, close);
    }

    void word(List<Token> out) throws QuerySyntaxException {
      int start = i;
      while (i < q.length() && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '('
          && q.charAt(i) != ')' && q.charAt(i) != '"') {
        i++;
      }
      String w = q.substring(start, i);
      if (w.equals("AND") || w.equals("OR") || w.equals("NOT")) {
        Kind k = w.equals("AND") ? Kind.AND : w.equals("OR") ? Kind.OR : Kind.NOT;
        out.add(new Token(k, start + 1, w, Optional.empty()));
        return;
      }
      int s = start;
      if (w.startsWith("-") && w.length() > 1) {
        out.add(new Token(Kind.NOT, start + 1, "-", Optional.empty()));
        w = w.substring(1);
        s++;
      } else if (w.equals("-") && i < q.length() && q.charAt(i) == '"') {
        out.add(new Token(Kind.NOT, start + 1, "-", Optional.empty()));
        int ps = i;
        out.add(term(ps, Prefix.DEFAULT, phrase(), true, ps));
        return;
      }
      int colon = w.indexOf(':');
      if (colon <= 0 || w.startsWith("//", colon + 1)) {
        out.add(term(s, Prefix.DEFAULT, w, false, s));
        return;
      }
      String name = w.substring(0, colon);
      Optional<Prefix> prefix = Prefix.of(name);
      if (prefix.isEmpty()) {
        throw error(s, "unknown prefix \"" + name + ":\"; known: " + Prefix.known());
      }
      String value = w.substring(colon + 1);
      int valueAt = s + colon + 1;
      boolean phrase = false;
      if (value.isEmpty() && i < q.length() && q.charAt(i) == '"') {
        value = phrase();
        phrase = true;
      }
      if (value.isBlank()) {
        throw error(s, "nothing after \"" + name + ":\"");
      }
      out.add(term(s, prefix.get(), value, phrase, valueAt));
    }

    Token term(int start, Prefix prefix, String value, boolean phrase, int valueAt)
        throws QuerySyntaxException {
      QueryNode node;
      if (prefix == Prefix.DATE) {
        try {
          node = dates.parse(value.strip());
        } catch (DateExpression.BadDate e) {
          throw error(valueAt + e.offset, e.getMessage());
        }
      } else {
        node = new Match(prefix, value, phrase);
      }
      return new Token(Kind.TERM, start + 1, q.substring(start, i), Optional.of(node));
    }
  }
}
