package quorum.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.testing.NlpExtension;

/**
 * quorum's pipeline, with only the enhanced++ graph built, gives the same sentences as CoreNLP's
 * own depparse annotator (which builds all five graphs) on text that exercises the enhanced++
 * rewrites: conjoined subjects, verbs and prepositions, relative clauses, controlled subjects,
 * multiword prepositions, partitives, and a blank-line sentence break.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class EnhancedParseAnnotatorTest {
  private static final String TEXT = """
      Alice and Bob reviewed and merged the patch that you sent last week, because of the
      regression in front of the scheduler. I want to drop this flag, but Greg wants to keep it
      as well as the old interface.

      A bunch of people asked whether the driver, which nobody maintains, should go to and from
      staging; both the ABI and the tooling would break. Let's not do that until Linus decides.

      NAK. The MUST in section 3 seems too strong to me -- a SHOULD would do, wouldn't it?
      """;

  @Test
  void sameSentencesAsCoreNlpsDepparse(CoreNlpAnnotator annotator) {
    Properties props = SharedPipeline.properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    props.setProperty("depparse.model", EnhancedParseAnnotator.DEFAULT_MODEL);
    CoreDocument doc = new CoreDocument(TEXT);
    new StanfordCoreNLP(props).annotate(doc);
    List<Sentence> reference = CoreNlpAnnotator.sentences(TEXT, TEXT, doc);

    List<Sentence> ours = annotator.annotate(TEXT);

    assertThat(ours).hasSize(6).isEqualTo(reference);
    // the enhanced++ graph, not the basic one: a conjoined subject is the subject of both verbs
    Sentence first = ours.get(0);
    assertThat(first.edges()).filteredOn(e -> e.relation().equals("nsubj")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(first.edges()).anyMatch(e -> e.relation().startsWith("conj:"));
  }
}
