package quorum.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One annotated sentence: its text, where it sits in the annotated text, its tokens and its
 * dependency edges, with the small queries the finders ask of a parse.
 */
public record Sentence(String text, int begin, int end, List<Token> tokens,
    List<Dependency> edges) {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nothing",
      "neither", "nor", "nobody", "none", "hardly");

  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    edges = List.copyOf(edges);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i + 1) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
    for (Dependency d : edges) {
      if (d.governor() > tokens.size() || d.dependent() > tokens.size()) {
        throw new IllegalArgumentException("edge " + d + " outside " + tokens.size() + " tokens");
      }
    }
  }

  /** Token {@code index} (1-based). */
  public Token token(int index) {
    return tokens.get(index - 1);
  }

  public int size() {
    return tokens.size();
  }

  /** The root of the parse (the dependent of governor 0), or the first token without a parse. */
  public int root() {
    for (Dependency d : edges) {
      if (d.governor() == 0) {
        return d.dependent();
      }
    }
    return tokens.isEmpty() ? 0 : 1;
  }

  /** The edge that governs {@code index}, if any. */
  public Optional<Dependency> head(int index) {
    for (Dependency d : edges) {
      if (d.dependent() == index) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Dependents of {@code index} whose base relation is one of {@code relations} (all if empty). */
  public List<Integer> children(int index, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : edges) {
      if (d.governor() == index && (relations.length == 0 || anyOf(d, relations))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  private static boolean anyOf(Dependency d, String[] relations) {
    for (String r : relations) {
      if (r.equals(d.base()) || r.equals(d.relation())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code index} is negated: a negating adverb or determiner hangs on it
   * ("I do n't agree", "no objection"), or on the copula-less predicate it heads.
   */
  public boolean isNegated(int index) {
    for (int c : children(index, "advmod", "neg", "det", "aux", "cc:preconj")) {
      if (NEGATORS.contains(token(c).lowerWord())) {
        return true;
      }
    }
    return false;
  }

  /** Modal auxiliaries on {@code index} ("would" in "I would agree"), lower case. */
  public List<String> modals(int index) {
    List<String> out = new ArrayList<>();
    for (int c : children(index, "aux")) {
      if (token(c).isModal()) {
        out.add(token(c).lowerWord());
      }
    }
    return out;
  }

  /** The first token index where the lower-case lemmas {@code seq} occur in a row, or -1. */
  public int findLemmas(List<String> seq) {
    String[] want = new String[seq.size()];
    for (int j = 0; j < want.length; j++) {
      want[j] = seq.get(j).toLowerCase(Locale.ROOT);
    }
    outer:
    for (int i = 1; i + want.length - 1 <= tokens.size(); i++) {
      for (int j = 0; j < want.length; j++) {
        if (!tokens.get(i + j - 1).isLower(want[j])) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Whether any token's lemma or word (lower case) is in {@code words}. */
  public boolean hasAny(Set<String> words) {
    for (Token t : tokens) {
      if (words.contains(t.lower()) || words.contains(t.lowerWord())) {
        return true;
      }
    }
    return false;
  }

  /** The text in lower case with runs of whitespace collapsed. */
  public String normalized() {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** The subject of {@code index} (nsubj / nsubj:pass / expl), if any. */
  public Optional<Integer> subject(int index) {
    List<Integer> s = children(index, "nsubj", "expl");
    return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
  }
}
