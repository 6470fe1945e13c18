package quorum.analysis.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Stanford CoreNLP implementation of {@link SentenceAnnotator}, on the JVM's shared
 * pipeline (loaded once, on first use). Thread-safe: CoreNLP's annotators may be shared.
 */
public final class CoreNlpAnnotator implements SentenceAnnotator {
  /** Loads the models now instead of on the first sentence (for tests and benchmarks). */
  public CoreNlpAnnotator warmUp() {
    SharedPipeline.get();
    return this;
  }

  @Override
  public List<Sentence> annotate(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    String shielded = CodeShield.apply(text);
    CoreDocument doc = new CoreDocument(shielded);
    SharedPipeline.get().annotate(doc);
    return sentences(text, shielded, doc);
  }

  /** The sentences of {@code doc}, annotated from {@code shielded}, in {@code text}'s words. */
  static List<Sentence> sentences(String text, String shielded, CoreDocument doc) {
    List<Sentence> out = new ArrayList<>();
    for (CoreSentence s : doc.sentences()) {
      out.add(convert(text, shielded, s));
    }
    return out;
  }

  private static Sentence convert(String text, String shielded, CoreSentence s) {
    List<CoreLabel> labels = s.tokens();
    List<Token> tokens = new ArrayList<>(labels.size());
    int first = labels.get(0).index();
    for (CoreLabel l : labels) {
      int b = l.beginPosition();
      int e = l.endPosition();
      // a shielded code word reads as written ("fs/*.c"), not as the tokenizer saw it
      boolean changed = !text.regionMatches(b, shielded, b, e - b);
      String word = changed ? text.substring(b, e) : l.word();
      String lemma = changed || l.lemma() == null ? word : l.lemma();
      tokens.add(new Token(l.index() - first + 1, word, l.tag() == null ? "" : l.tag(), lemma,
          b, e));
    }
    List<Dependency> edges = new ArrayList<>();
    SemanticGraph g = s.dependencyParse();
    if (g != null) {
      for (IndexedWord r : g.getRoots()) {
        edges.add(new Dependency("root", 0, r.index() - first + 1));
      }
      for (SemanticGraphEdge e : g.edgeIterable()) {
        edges.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - first + 1,
            e.getDependent().index() - first + 1));
      }
    }
    edges.sort(Comparator.comparingInt(Dependency::dependent));
    int begin = labels.get(0).beginPosition();
    int end = labels.get(labels.size() - 1).endPosition();
    return new Sentence(text.substring(begin, end), begin, end, tokens, edges);
  }
}
