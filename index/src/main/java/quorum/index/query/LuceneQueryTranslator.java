package quorum.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import quorum.index.query.QueryNode.All;
import quorum.index.query.QueryNode.And;
import quorum.index.query.QueryNode.DateRange;
import quorum.index.query.QueryNode.Match;
import quorum.index.query.QueryNode.Not;
import quorum.index.query.QueryNode.Or;
import quorum.index.schema.FieldKind;
import quorum.index.schema.Fields;
import quorum.index.schema.Schema;

/**
 * Turns a {@link QueryNode} into a Lucene {@link Query} over the schema's fields. A word is
 * analyzed with the field's query analyzer; when it splits ({@code bpf_jit}) the result matches
 * the whole token or the phrase of its parts. A term with several target fields matches in any
 * of them (weighted by {@link Prefix.Target#boost()}); terms side by side must all match.
 * Recursion follows the tree, whose depth the parser bounds.
 */
public final class LuceneQueryTranslator {
  private LuceneQueryTranslator() {}

  public static Query translate(QueryNode node) {
    Query q = build(node);
    return q == null ? new MatchNoDocsQuery("no searchable terms") : q;
  }

  /** Null when the node has no searchable terms (only punctuation, an empty phrase). */
  private static Query build(QueryNode node) {
    if (node instanceof Match) {
      return match((Match) node);
    } else if (node instanceof DateRange) {
      return dateRange((DateRange) node);
    } else if (node instanceof And) {
      return and(((And) node).clauses());
    } else if (node instanceof Or) {
      return or(((Or) node).clauses());
    } else if (node instanceof Not) {
      Query inner = build(((Not) node).clause());
      return inner == null ? null : new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.MUST).add(inner, Occur.MUST_NOT).build();
    } else if (node instanceof All) {
      return new MatchAllDocsQuery();
    }
    throw new IllegalStateException("unknown node " + node);
  }

  private static Query and(List<QueryNode> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    boolean any = false;
    for (QueryNode c : clauses) {
      boolean negated = c instanceof Not;
      Query q = build(negated ? ((Not) c).clause() : c);
      if (q == null) {
        continue;
      }
      any = true;
      b.add(q, negated ? Occur.MUST_NOT : Occur.MUST);
      positive |= !negated;
    }
    if (!any) {
      return null;
    }
    if (!positive) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return b.build();
  }

  private static Query or(List<QueryNode> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (QueryNode c : clauses) {
      Query q = build(c);
      if (q != null) {
        b.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.setMinimumNumberShouldMatch(1).build();
  }

  private static Query match(Match m) {
    String text = m.text().strip();
    if (text.isEmpty()) {
      return null;
    }
    List<Query> perField = new ArrayList<>();
    for (Prefix.Target t : m.prefix().targets()) {
      Query q = fieldQuery(t.field(), text, m.phrase());
      if (q != null) {
        perField.add(t.boost() == 1f ? q : new BoostQuery(q, t.boost()));
      }
    }
    if (perField.isEmpty()) {
      return null;
    }
    if (perField.size() == 1) {
      return perField.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    perField.forEach(q -> b.add(q, Occur.SHOULD));
    return b.setMinimumNumberShouldMatch(1).build();
  }

  private static Query fieldQuery(String field, String text, boolean phrase) {
    FieldKind kind = Schema.field(field).kind();
    if (kind == FieldKind.KEYWORD) {
      String term = field.equals(Fields.KEY) ? bareId(text)
          : field.equals(Fields.CHANGE_ID) || field.equals(Fields.PATCH_ID)
              ? text.toLowerCase(Locale.ROOT) : text;
      return new TermQuery(new Term(field, term));
    }
    QueryBuilder qb = new QueryBuilder(Schema.queryAnalyzer(kind));
    qb.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    return phrase ? qb.createPhraseQuery(field, text) : qb.createBooleanQuery(field, text, Occur.MUST);
  }

  private static String bareId(String id) {
    String s = id.strip();
    if (s.startsWith("<") && s.endsWith(">") && s.length() > 2) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static Query dateRange(DateRange r) {
    long from = r.from().map(i -> i.toEpochMilli()).orElse(Long.MIN_VALUE);
    long until = r.until().map(i -> i.toEpochMilli() - 1).orElse(Long.MAX_VALUE);
    return LongPoint.newRangeQuery(Fields.DATE, from, until);
  }
}
