package quorum.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Puts the hits of a query in rank order ({@link Searches#rankOrder()}: score, then newest,
 * then key) and reads their result rows. When most matches are wanted (a listing of every
 * match), all matches are collected with their scores and sorted once on the rows, which are
 * read anyway: Lucene's top-N queue, sorted on three fields, cost five times the scoring at
 * 90 000 hits. For a few hits out of many, Lucene's queue keeps only those.
 */
final class Ranking {
  /** The best hits, best first: doc ids, scores and rows side by side, and all matches. */
  record Ranked(int[] docs, float[] scores, ResultRows.Row[] rows, long total) {}

  private Ranking() {}

  static Ranked rank(IndexSearcher searcher, Query query, int limit) throws IOException {
    int total = searcher.count(query);
    if (limit <= 0 || total == 0) {
      return new Ranked(new int[0], new float[0], new ResultRows.Row[0], total);
    }
    if (total > 2L * limit) {
      ScoreDoc[] top = searcher.search(query, limit, Searches.rankOrder(), true).scoreDocs;
      int[] docs = new int[top.length];
      float[] scores = new float[top.length];
      for (int i = 0; i < top.length; i++) {
        docs[i] = top[i].doc;
        scores[i] = top[i].score;
      }
      return new Ranked(docs, scores, ResultRows.load(searcher.getIndexReader(), docs), total);
    }
    All all = new All(total);
    searcher.search(query, all);
    int n = all.size;
    int[] docs = Arrays.copyOf(all.docs, n);
    ResultRows.Row[] rows = ResultRows.load(searcher.getIndexReader(), docs);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Comparator<Integer> byRank = (a, b) -> Float.compare(all.scores[b], all.scores[a]);
    byRank = byRank.thenComparing((a, b) -> Long.compare(rows[b].date(), rows[a].date()))
        .thenComparing((a, b) -> byCodePoint(rows[a].line().key(), rows[b].line().key()))
        .thenComparing((a, b) -> Integer.compare(docs[a], docs[b]));
    Arrays.sort(order, byRank);
    int kept = Math.min(limit, n);
    int[] rankedDocs = new int[kept];
    float[] rankedScores = new float[kept];
    ResultRows.Row[] rankedRows = new ResultRows.Row[kept];
    for (int i = 0; i < kept; i++) {
      rankedDocs[i] = docs[order[i]];
      rankedScores[i] = all.scores[order[i]];
      rankedRows[i] = rows[order[i]];
    }
    return new Ranked(rankedDocs, rankedScores, rankedRows, n);
  }

  /** The order of the keys' UTF-8 bytes, which is how Lucene sorts them: by code point. */
  static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Every match with its score. */
  private static final class All extends SimpleCollector {
    int[] docs;
    float[] scores;
    int size;
    private int docBase;
    private Scorable scorer;

    All(int expected) {
      docs = new int[Math.max(16, expected)];
      scores = new float[docs.length];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        scores = Arrays.copyOf(scores, size * 2);
      }
      docs[size] = docBase + doc;
      scores[size++] = scorer.score();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }
}
