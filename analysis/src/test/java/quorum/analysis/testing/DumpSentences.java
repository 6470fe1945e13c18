package quorum.analysis.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import quorum.analysis.nlp.CoreNlpAnnotator;
import quorum.analysis.nlp.Dependency;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;

/** Prints the real pipeline's sentences of a file as {@link S#of} calls (to write fixtures). */
public final class DumpSentences {
  private DumpSentences() {}

  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[0]));
    for (Sentence s : new CoreNlpAnnotator().annotate(text)) {
      StringBuilder t = new StringBuilder();
      for (Token k : s.tokens()) {
        t.append(k.word()).append('|').append(k.tag()).append('|').append(k.lemma()).append(' ');
      }
      StringBuilder e = new StringBuilder();
      for (Dependency d : s.edges()) {
        e.append(d.relation()).append('(').append(d.governor()).append(',').append(d.dependent()).append(") ");
      }
      System.out.println("  S.of(\"" + esc(s.text().replaceAll("\\s+", " ")) + "\",\n      \""
          + esc(t.toString().strip()) + "\",\n      \"" + e.toString().strip() + "\"),");
    }
  }

  private static String esc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
