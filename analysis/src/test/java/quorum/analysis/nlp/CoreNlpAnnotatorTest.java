package quorum.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.testing.NlpExtension;

@Tag("nlp")
@ExtendWith(NlpExtension.class)
class CoreNlpAnnotatorTest {
  @Test
  void splitsAtBlankLinesAndParsesNegation(CoreNlpAnnotator annotator) {
    String text = "I don't agree with this\nchange.\n\nApplied, thanks!";
    List<Sentence> ss = annotator.annotate(text);
    assertThat(ss).hasSize(2);
    Sentence s = ss.get(0);
    assertThat(s.tokens()).extracting(Token::word).containsExactly("I", "do", "n't", "agree", "with", "this", "change", ".");
    int agree = 4;
    assertThat(s.token(agree).lemma()).isEqualTo("agree");
    assertThat(s.isNegated(agree)).isTrue();
    assertThat(s.root()).isEqualTo(agree);
    assertThat(text.substring(ss.get(1).begin(), ss.get(1).end())).isEqualTo("Applied, thanks!");
  }

  @Test
  void aFileGlobOrAStableBranchDoesNotEndTheSentence(CoreNlpAnnotator annotator) {
    String text = "Suppose 56 patches are in fs/*.c (and related headers) and 4 in arch/*/asm/*;"
        + " should those folks get the whole series?\n\nIt broke on v5.10.y and mm/*.[ch] too.";
    List<Sentence> ss = annotator.annotate(text);

    assertThat(ss).extracting(Sentence::text).containsExactly(
        "Suppose 56 patches are in fs/*.c (and related headers) and 4 in arch/*/asm/*;"
            + " should those folks get the whole series?",
        "It broke on v5.10.y and mm/*.[ch] too.");
    // tokens read as written, not as the tokenizer was shown them
    assertThat(ss.get(0).tokens()).extracting(Token::word).contains("fs/*.c");
    assertThat(ss.get(1).tokens()).extracting(Token::word).contains("v5.10.y");
  }

  @Test
  void annotatesNothingForBlankText(CoreNlpAnnotator annotator) {
    assertThat(annotator.annotate("  \n ")).isEmpty();
  }
}
