package quorum.analysis.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one CoreNLP pipeline of this JVM (tokenize, ssplit, pos, lemma, and the dependency parse
 * as {@link EnhancedParseAnnotator}: CoreNLP's depparse without the graphs nobody reads), loaded
 * on first use. Loading the models takes seconds, so it is built once and shared, as Lucene's
 * Analyzer reuses its components. CoreNLP's own logging is routed to SLF4J (where the CLI's
 * WARN default hides its progress lines) instead of being printed to stderr.
 */
final class SharedPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(SharedPipeline.class);

  private SharedPipeline() {}

  /** The dependency step's name: CoreNLP's {@code depparse}, enhanced++ graph only. */
  static final String PARSE = "enhancedparse";

  /** Annotators in order: no NER, no coreference, no constituency parse. */
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma," + PARSE;

  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = load();
  }

  static StanfordCoreNLP get() {
    return Holder.PIPELINE;
  }

  private static StanfordCoreNLP load() {
    RedwoodConfiguration.current().clear().handlers(RedwoodConfiguration.Handlers.slf4j).apply();
    long t0 = System.nanoTime();
    StanfordCoreNLP p = new StanfordCoreNLP(properties());
    LOG.info("Loaded CoreNLP pipeline ({}) in {} ms", ANNOTATORS, (System.nanoTime() - t0) / 1_000_000);
    return p;
  }

  /** The pipeline's configuration. */
  static Properties properties() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("tokenize.language", "en");
    // characters the lexer cannot tokenize (bidi controls, private-use glyphs in real mail) are
    // dropped as by default, but silently: a warning per thread is noise in a user's report
    props.setProperty("tokenize.options", "untokenizable=noneDelete");
    // a blank line ends a sentence; single newlines are hard wraps inside one
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("customAnnotatorClass." + PARSE, EnhancedParseAnnotator.class.getName());
    props.setProperty(PARSE + ".model", EnhancedParseAnnotator.DEFAULT_MODEL);
    return props;
  }
}
