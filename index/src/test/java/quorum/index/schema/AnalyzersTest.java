package quorum.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {
  static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
        assertThat(text.substring(o.startOffset(), o.endOffset()).toLowerCase())
            .as("offsets of %s", t).isNotBlank();
      }
      ts.end();
    }
    return out;
  }

  @Test
  void keepsIdentifiersWholeAndSplitsThem() throws IOException {
    assertThat(terms(Analyzers.CODE, "(bpf_jit_supports_kfunc_call),"))
        .containsExactlyInAnyOrder("bpf_jit_supports_kfunc_call", "bpf", "jit", "supports",
            "kfunc", "call");
    assertThat(terms(Analyzers.CODE, "EXPORT_SYMBOL_GPL()"))
        .containsExactlyInAnyOrder("export_symbol_gpl", "export", "symbol", "gpl");
    assertThat(terms(Analyzers.CODE, "see kfuncs.rst."))
        .containsExactlyInAnyOrder("see", "kfuncs.rst", "kfuncs", "rst");
  }

  @Test
  void proseIsStemmedAndFolded() throws IOException {
    assertThat(terms(Analyzers.PROSE, "Kfuncs")).containsExactly("kfunc");
    assertThat(terms(Analyzers.PROSE, "Alexei's")).contains("alexei");
    assertThat(terms(Analyzers.PROSE, "Høiland-Jørgensen")).contains("hoiland", "jorgensen");
  }

  @Test
  void addressesAreFoundByParts() throws IOException {
    assertThat(terms(Analyzers.CODE, "<ast@kernel.org>"))
        .contains("ast@kernel.org", "ast", "kernel", "org");
  }

  @Test
  void punctuationOnlyTokensVanish() throws IOException {
    assertThat(terms(Analyzers.PROSE, "-- ... ''' a")).containsExactly("a");
  }
}
