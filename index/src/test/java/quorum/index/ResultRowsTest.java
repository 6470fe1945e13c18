package quorum.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.index.internal.Searches;
import quorum.index.query.LuceneQueryTranslator;
import quorum.index.query.QueryParser;
import quorum.index.schema.Fields;

/**
 * Result lines read from per-document values give the same hits and thread summaries as the
 * stored fields, which an index written before the values existed still falls back to.
 */
class ResultRowsTest {
  @TempDir
  Path tmp;

  @Test
  void hitsAndSummariesAreTheSameWithAndWithoutResultLines() throws Exception {
    QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"), QuorumIndexTest.CLOCK);
    try (IndexWriterSession w = index.writer()) {
      w.addAll(QuorumIndexTest.corpus());
    }
    index.close();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("idx")));
         DirectoryReader old = new WithoutResultLines(DirectoryReader.open(FSDirectory.open(tmp.resolve("idx"))))) {
      for (String q : List.of("kfuncs", "f:toke", "d:2023-01-01..2023-12-31", "s:rust OR summit")) {
        Query query = LuceneQueryTranslator.translate(q, new QueryParser(QuorumIndexTest.CLOCK).parse(q));
        SearchResults fresh = new Searches(reader).search(query, 10);
        assertThat(fresh.hits()).as(q).isNotEmpty();
        assertThat(new Searches(old).search(query, 10)).as(q).isEqualTo(fresh);
        assertThat(new Searches(old).threads(query, 10)).as(q)
            .isEqualTo(new Searches(reader).threads(query, 10));
      }
    }
  }

  @Test
  void optionsLimitSnippetsAndThreadSubjectsToWhatIsShown() throws Exception {
    try (QuorumIndex index = QuorumIndex.create(tmp.resolve("idx"), QuorumIndexTest.CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        w.addAll(QuorumIndexTest.corpus());
      }
      List<SearchHit> hits = new ArrayList<>();
      long total = index.search("kfuncs", 10, new HitOptions(1, false), hits::add);
      SearchResults full = index.search("kfuncs", 10);
      assertThat(total).isEqualTo(full.totalMatches()).isGreaterThan(1);
      assertThat(hits).extracting(SearchHit::key)
          .isEqualTo(full.hits().stream().map(SearchHit::key).toList());
      assertThat(hits.get(0).snippet()).isEqualTo(full.hits().get(0).snippet());
      assertThat(hits.subList(1, hits.size())).allMatch(h -> h.snippet().equals(Snippet.EMPTY));
      // every hit here has a subject of its own, so no thread subject was looked up
      assertThat(hits).allMatch(h -> h.threadSubject().isEmpty());
      assertThat(full.hits()).allMatch(h -> !h.threadSubject().isEmpty());
    }
  }

  @Test
  void listingEveryMatchRanksAsLucenesTopHitsDo() throws Exception {
    try (QuorumIndex index = QuorumIndex.create(tmp.resolve("many"), QuorumIndexTest.CLOCK)) {
      try (IndexWriterSession w = index.writer()) {
        w.addAll(SyntheticMail.discussions(40));
      }
      // equal scores (dates, authors), equal dates (t0 and t12 share a day), varied scores
      for (String q : List.of("d:2023-01-01..2023-12-31", "f:r1 OR f:p3", "proposal OR helper_3 OR reply",
          "topic")) {
        SearchResults all = index.search(q, 10_000);
        int few = (int) ((all.totalMatches() - 1) / 2);
        assertThat(few).as(q).isPositive();
        // more than twice the limit matches: Lucene's own top-N queue ranks them
        SearchResults top = index.search(q, few);
        assertThat(top.totalMatches()).isEqualTo(all.totalMatches());
        assertThat(top.hits()).as(q).isEqualTo(all.hits().subList(0, few));
      }
    }
  }

  /** A reader as an index written before {@link Fields#RESULT_LINE} existed looks. */
  private static final class WithoutResultLines extends FilterDirectoryReader {
    WithoutResultLines(DirectoryReader in) throws IOException {
      super(in, new SubReaderWrapper() {
        @Override
        public LeafReader wrap(LeafReader reader) {
          return new FilterLeafReader(reader) {
            @Override
            public BinaryDocValues getBinaryDocValues(String field) throws IOException {
              return Fields.RESULT_LINE.equals(field) ? null : super.getBinaryDocValues(field);
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
              return null;
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
              return null;
            }
          };
        }
      });
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new WithoutResultLines(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }
}
