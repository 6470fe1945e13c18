package quorum.analysis.nlp;

import java.util.Objects;

/**
 * A typed dependency edge (Universal Dependencies as CoreNLP prints them, e.g. {@code nsubj},
 * {@code obl:to}): governor and dependent are 1-based token indexes, governor 0 is the root.
 */
public record Dependency(String relation, int governor, int dependent) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < 0 || dependent < 1) {
      throw new IllegalArgumentException("governor=" + governor + " dependent=" + dependent);
    }
  }

  /** The relation without its subtype: {@code obl:to} is {@code obl}. */
  public String base() {
    int c = relation.indexOf(':');
    return c < 0 ? relation : relation.substring(0, c);
  }
}
