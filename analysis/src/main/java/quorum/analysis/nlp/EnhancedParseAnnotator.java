package quorum.analysis.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's {@code depparse} step as the analysis reads it: the same neural dependency parser
 * and model, but of the parse only the enhanced++ graph is built, the one
 * {@code CoreSentence.dependencyParse()} returns and {@link CoreNlpAnnotator} converts.
 * CoreNLP's own depparse annotator builds four more graphs of every sentence from the same
 * parse (basic, collapsed, CC-processed, enhanced), each a pass of tree surgery that nothing
 * here reads: about a sixth of the pipeline's time on the bench's sample (JFR). Each graph is
 * built from the parse alone, so the enhanced++ one comes out the same without the others.
 * Registered in {@link SharedPipeline} as a custom annotator, under the properties prefix of its
 * name ({@code <name>.model}).
 */
public final class EnhancedParseAnnotator extends SentenceAnnotator {
  /** CoreNLP's default English model, as {@code depparse} uses it. */
  static final String DEFAULT_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private final DependencyParser parser;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.<name>}. */
  public EnhancedParseAnnotator(String name, Properties props) {
    Properties own = PropertiesUtils.extractPrefixedProperties(props, name + ".");
    this.parser = DependencyParser.loadFromModelFile(own.getProperty("model", DEFAULT_MODEL), own);
  }

  @Override
  protected void doOneSentence(Annotation document, CoreMap sentence) {
    GrammaticalStructure parse = parser.predict(sentence);
    sentence.set(EnhancedPlusPlusDependenciesAnnotation.class, SemanticGraphFactory.makeFromTree(
        parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null));
  }

  /** Never called: no time limit (as depparse by default, the sentence keeps no graph). */
  @Override
  protected void doOneFailedSentence(Annotation document, CoreMap sentence) {}

  /** One thread per document: the analysis annotates several documents at once instead. */
  @Override
  protected int nThreads() {
    return 1;
  }

  @Override
  protected long maxTime() {
    return -1;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    // what depparse requires
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.IndexAnnotation.class,
        CoreAnnotations.ValueAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.SentenceIndexAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(EnhancedPlusPlusDependenciesAnnotation.class);
  }
}
