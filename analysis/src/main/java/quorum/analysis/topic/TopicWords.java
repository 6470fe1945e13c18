package quorum.analysis.topic;

import java.util.LinkedHashSet;
import java.util.Set;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/**
 * The content lemmas a sentence is about: nouns, adjectives, numbers, foreign words and full
 * verbs (not auxiliaries), by CoreNLP's tags and lemmas, each put through {@link Words} so an
 * identifier counts by its parts and a lemma meets the same word in unannotated text.
 */
public final class TopicWords {
  private TopicWords() {}

  public static Set<String> of(Sentence s) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : s.tokens()) {
      if (counts(t)) {
        out.addAll(Words.content(t.lower()));
      }
    }
    return out;
  }

  /** Nouns only: what two sentences must share to be on the same thing. */
  public static Set<String> nouns(Sentence s) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : s.tokens()) {
      if (t.tag().startsWith("NN") || t.tag().equals("FW")) {
        out.addAll(Words.content(t.lower()));
      }
    }
    return out;
  }

  private static boolean counts(Token t) {
    String tag = t.tag();
    if (tag.startsWith("VB")) {
      String l = t.lower();
      return !(l.equals("be") || l.equals("have") || l.equals("do") || l.equals("get"));
    }
    return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("FW");
  }
}
