package quorum.analysis.normative;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.mail.Rfc2119;

class NormativeFinderTest {
  private static List<Rfc2119> deontic(String sentence) {
    return NormativeFinder.scan(sentence).stream()
        .filter(f -> f.capitalized() || NormativeFinder.deontic(f, sentence))
        .map(f -> f.keyword()).toList();
  }

  @Test
  void findsLowerCaseObligationButNotPossibility() {
    assertThat(deontic("All new BPF kernel helper-like functionality must initially start out as kfuncs."))
        .containsExactly(Rfc2119.MUST);
    assertThat(deontic("Hence, BPF programs may need to be updated in response to changes in the kernel."))
        .isEmpty();
    assertThat(deontic("Callers may pass NULL here.")).containsExactly(Rfc2119.MAY);
  }

  @Test
  void readsTwoWordKeywordsAndCase() {
    var found = NormativeFinder.scan("Drivers MUST NOT change the layout; they SHOULD add fields.");
    assertThat(found).extracting(f -> f.keyword()).containsExactly(Rfc2119.MUST_NOT, Rfc2119.SHOULD);
    assertThat(found).allMatch(f -> f.capitalized());
  }

  @Test
  void tellsAKeywordNamedFromAKeywordUsed() {
    assertThat(NormativeFinder.isMention(WORTH_CAPITALIZE, 16)).isTrue(); // "a MUST from"
    assertThat(NormativeFinder.isMention(HAVING_MUST, 3)).isTrue();
    assertThat(NormativeFinder.isMention(MUST_NOT_REORDER, 2)).isFalse(); // "MUST NOT reorder"
  }

  @Test
  void splitsProposedTextIntoSentences() {
    assertThat(ProposedText.sentences("kfuncs can change. Hence, programs need to\nbe updated.\n\nSee :ref:`x`."))
        .containsExactly("kfuncs can change.", "Hence, programs need to be updated.", "See :ref:`x`.");
  }
}
