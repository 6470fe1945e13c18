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
  void annotatesNothingForBlankText(CoreNlpAnnotator annotator) {
    assertThat(annotator.annotate("  \n ")).isEmpty();
  }
}
