package quorum.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import quorum.index.QuerySyntaxException;
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
 *
 * <p>Lucene refuses a search with more than {@link IndexSearcher#getMaxClauseCount()} leaf
 * queries, counted through nested ones. A word without a prefix is searched in six fields, so a
 * pasted paragraph of a few hundred words is over that bound: it is refused here, as a
 * {@link QuerySyntaxException} that says so, not by the searcher with an internal error.
 */
public final class LuceneQueryTranslator {
  private LuceneQueryTranslator() {}

  /** The Lucene query for {@code node}, parsed from {@code query} (named in errors). */
  public static Query translate(String query, QueryNode node) throws QuerySyntaxException {
    Query q;
    try {
      q = build(node);
    } catch (IndexSearcher.TooManyClauses e) {
      // one word that the analyzer splits into more tokens than a boolean query may hold
      throw tooLarge(query);
    }
    if (q == null) {
      return new MatchNoDocsQuery("no searchable terms");
    }
    LeafCount count = new LeafCount();
    q.visit(count);
    if (count.leaves > IndexSearcher.getMaxClauseCount()) {
      throw tooLarge(query);
    }
    return q;
  }

  private static QuerySyntaxException tooLarge(String query) {
    return new QuerySyntaxException(query, 1, "query too large: more than "
        + IndexSearcher.getMaxClauseCount() + " searches once each word is looked up in its"
        + " fields; use fewer words, or a prefix (s:, nq:, b:) that searches fewer fields");
  }

  /** Counts leaf queries the way {@link IndexSearcher} does when it checks the bound. */
  private static final class LeafCount extends QueryVisitor {
    int leaves;

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return this;
    }

    @Override
    public void visitLeaf(Query query) {
      leaves++;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      leaves++;
    }
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
