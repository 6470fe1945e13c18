package quorum.index.internal;

import java.io.IOException;
import java.util.Arrays;
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
    if (limit <= 0) {
      return new Ranked(new int[0], new float[0], new ResultRows.Row[0], searcher.count(query));
    }
    // A limit that covers half the index or more (a listing of every match) takes the path
    // below whatever the count, so the query is not run twice: once to count, once to collect.
    int total = 2L * limit >= searcher.getIndexReader().maxDoc() ? -1 : searcher.count(query);
    if (total == 0) {
      return new Ranked(new int[0], new float[0], new ResultRows.Row[0], 0);
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
    All all = new All(Math.max(16, total < 0 ? searcher.getIndexReader().maxDoc() : total));
    searcher.search(query, all);
    int n = all.size;
    int[] docs = Arrays.copyOf(all.docs, n);
    ResultRows.Row[] rows = ResultRows.load(searcher.getIndexReader(), docs);
    int[] order = new RankOrder(all.scores, docs, rows).sorted(n);
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

  /**
   * Sorts positions into rank order: score (highest first), date (newest first), key (by code
   * point), doc id. An iterative merge sort on ints over flat arrays of score and date keys:
   * the boxed indices and chained comparators it replaces, reading each row object at every
   * comparison, took a tenth of a 90 000-hit listing's time.
   */
  private static final class RankOrder {
    private final int[] scoreKeys;
    private final long[] dates;
    private final int[] docs;
    private final ResultRows.Row[] rows;

    RankOrder(float[] scores, int[] docs, ResultRows.Row[] rows) {
      int n = docs.length;
      this.scoreKeys = new int[n];
      this.dates = new long[n];
      for (int i = 0; i < n; i++) {
        // the int order of these bits is Float.compare's order of the scores
        int bits = Float.floatToIntBits(scores[i]);
        scoreKeys[i] = bits ^ ((bits >> 31) & 0x7fffffff);
        dates[i] = rows[i].date();
      }
      this.docs = docs;
      this.rows = rows;
    }

    int[] sorted(int n) {
      int[] a = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] = i;
      }
      int[] b = new int[n];
      for (int width = 1; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
          int mid = Math.min(lo + width, n);
          int hi = Math.min(lo + 2 * width, n);
          int i = lo;
          int j = mid;
          int k = lo;
          while (i < mid && j < hi) {
            b[k++] = before(a[j], a[i]) ? a[j++] : a[i++];
          }
          while (i < mid) {
            b[k++] = a[i++];
          }
          while (j < hi) {
            b[k++] = a[j++];
          }
        }
        int[] t = a;
        a = b;
        b = t;
      }
      return a;
    }

    /** Whether {@code x} ranks strictly before {@code y}. */
    private boolean before(int x, int y) {
      if (scoreKeys[x] != scoreKeys[y]) {
        return scoreKeys[x] > scoreKeys[y];
      }
      if (dates[x] != dates[y]) {
        return dates[x] > dates[y];
      }
      int c = byCodePoint(rows[x].key(), rows[y].key());
      return c != 0 ? c < 0 : docs[x] < docs[y];
    }
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
      docs = new int[expected];
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
