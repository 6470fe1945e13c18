package quorum.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import quorum.index.Snippet;
import quorum.index.schema.Fields;
import quorum.index.schema.Schema;

/**
 * Builds the highlighted excerpt of each hit with Lucene's {@link UnifiedHighlighter}, reading
 * offsets from the postings. The excerpt comes from the first field with a match, in the order
 * own text, quoted text, patch, trailers, subject; without a match anywhere (a query on the
 * author or date only) it is the start of the own text.
 */
public final class SnippetMaker {
  static final String[] FIELDS = {Fields.OWN, Fields.QUOTED, Fields.PATCH, Fields.TRAILERS,
      Fields.SUBJECT};
  static final int PLAIN_CHARS = 200;

  private final IndexSearcher searcher;

  public SnippetMaker(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  private Highlighter highlighter() {
    return new Highlighter(UnifiedHighlighter.builder(searcher, Schema.perFieldAnalyzer())
        .withFormatter(new Formatter())
        .withMaxLength(200_000)
        .withMaxNoHighlightPassages(0)
        .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT)));
  }

  /**
   * Whether {@code query} can match text in one of {@link #FIELDS}, so the highlighter may find
   * something. A query on the author or the date only cannot: its snippets are the start of the
   * own text, and the highlighter (its first use costs a small search a fifth of its time) is
   * not built. Conservative: a leaf query that names no field counts as a possible match.
   */
  static boolean mayHighlight(Query query) {
    Set<String> fields = Set.of(FIELDS);
    boolean[] may = {false};
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return fields.contains(field);
      }

      @Override
      public void visitLeaf(Query q) {
        may[0] = true;
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        may[0] = true;
      }

      @Override
      public void consumeTermsMatching(Query q, String field,
          java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
        may[0] = true;
      }
    });
    return may[0];
  }

  /** Opens up the highlighter's object-valued API, which is protected. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
  }

  /** One snippet per doc id, in the order given. */
  public List<Snippet> snippets(Query query, int[] docIds, List<Document> stored)
      throws IOException {
    int[] passages = new int[FIELDS.length];
    java.util.Arrays.fill(passages, 2);
    Map<String, Object[]> byField = docIds.length == 0 || !mayHighlight(query) ? Map.of()
        : highlighter().objects(FIELDS, query, docIds, passages);
    List<Snippet> out = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      out.add(pick(byField, i, stored.get(i)));
    }
    return out;
  }

  private static Snippet pick(Map<String, Object[]> byField, int i, Document doc) {
    for (String f : FIELDS) {
      Object[] values = byField.get(f);
      if (values != null && values[i] instanceof Snippet) {
        Snippet s = (Snippet) values[i];
        if (!s.highlights().isEmpty()) {
          return new Snippet(f, s.text(), s.highlights());
        }
      }
    }
    for (String f : new String[] {Fields.OWN, Fields.QUOTED, Fields.PATCH}) {
      String text = doc.get(f);
      if (text != null && !text.isBlank()) {
        Builder b = new Builder();
        b.append(text, 0, Math.min(text.length(), PLAIN_CHARS), new int[0], new int[0]);
        if (text.length() > PLAIN_CHARS) {
          b.ellipsis();
        }
        return b.build(f);
      }
    }
    return Snippet.EMPTY;
  }

  /** Joins passages with " ... ", folding runs of whitespace, keeping match ranges. */
  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      Builder b = new Builder();
      for (Passage p : passages) {
        if (b.length() > 0) {
          b.ellipsis();
        }
        int n = p.getNumMatches();
        int[] starts = java.util.Arrays.copyOf(p.getMatchStarts(), n);
        int[] ends = java.util.Arrays.copyOf(p.getMatchEnds(), n);
        b.append(content, p.getStartOffset(), p.getEndOffset(), starts, ends);
      }
      return b.build("");
    }
  }

  /** Accumulates snippet text and highlight spans. */
  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Snippet.Span> spans = new ArrayList<>();

    int length() {
      return text.length();
    }

    void ellipsis() {
      text.append(" ... ");
    }

    void append(String content, int from, int to, int[] starts, int[] ends) {
      int[] at = new int[to - from + 1];
      for (int c = from; c < to; c++) {
        at[c - from] = text.length();
        char ch = content.charAt(c);
        if (!Character.isWhitespace(ch)) {
          text.append(ch);
        } else if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      }
      at[to - from] = text.length();
      for (int m = 0; m < starts.length; m++) {
        int s = Math.max(from, Math.min(starts[m], to));
        int e = Math.max(s, Math.min(ends[m], to));
        addSpan(at[s - from], at[e - from]);
      }
    }

    private void addSpan(int start, int end) {
      if (end <= start) {
        return;
      }
      Snippet.Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      if (last != null && start < last.start()) {
        return;
      }
      if (last != null && last.end() >= start) {
        spans.set(spans.size() - 1, new Snippet.Span(last.start(), Math.max(last.end(), end)));
      } else {
        spans.add(new Snippet.Span(start, end));
      }
    }

    Snippet build(String field) {
      String t = text.toString();
      int end = t.length();
      while (end > 0 && t.charAt(end - 1) == ' ') {
        end--;
      }
      List<Snippet.Span> kept = new ArrayList<>();
      for (Snippet.Span s : spans) {
        if (s.start() < end) {
          kept.add(new Snippet.Span(s.start(), Math.min(s.end(), end)));
        }
      }
      return new Snippet(field, t.substring(0, end), kept);
    }
  }
}
