package quorum.analysis.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.SentenceAnnotator;

/**
 * An annotator that knows a fixed set of hand-built sentences and finds them in the text it
 * is given (whitespace-insensitive); text it does not know is not annotated. Counts calls.
 */
public final class ScriptedAnnotator implements SentenceAnnotator {
  private final List<Sentence> known = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();

  public ScriptedAnnotator(Sentence... sentences) {
    known.addAll(List.of(sentences));
  }

  public int calls() {
    return calls.get();
  }

  @Override
  public List<Sentence> annotate(String text) {
    calls.incrementAndGet();
    String flat = text.replaceAll("\\s", " ");
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : known) {
      int at = flat.indexOf(s.text().replaceAll("\\s", " "));
      if (at >= 0) {
        out.add(S.shift(s, at));
      }
    }
    out.sort(Comparator.comparingInt(Sentence::begin));
    return out;
  }
}
