package quorum.index.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The syntax tree of a search query, independent of any search backend. */
public sealed interface QueryNode {
  /** A word or a "phrase", searched in the fields of its prefix. */
  record Match(Prefix prefix, String text, boolean phrase) implements QueryNode {
    public Match {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Messages dated in {@code [from, until)}; an open end is empty. */
  record DateRange(Optional<Instant> from, Optional<Instant> until) implements QueryNode {
    public DateRange {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
    }
  }

  record And(List<QueryNode> clauses) implements QueryNode {
    public And {
      clauses = List.copyOf(clauses);
    }
  }

  record Or(List<QueryNode> clauses) implements QueryNode {
    public Or {
      clauses = List.copyOf(clauses);
    }
  }

  record Not(QueryNode clause) implements QueryNode {
    public Not {
      Objects.requireNonNull(clause, "clause");
    }
  }

  /** Every message (the empty query of a thread listing). */
  record All() implements QueryNode {}
}
