package quorum.analysis.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;
import quorum.analysis.nlp.CoreNlpAnnotator;

/**
 * Gives {@code @Tag("nlp")} tests the JVM's one real pipeline: a {@link CoreNlpAnnotator}
 * and an {@link Analyzer} on it, created once and shared by every test class (model loading
 * takes seconds). Use with {@code @ExtendWith(NlpExtension.class)} and a parameter.
 */
public final class NlpExtension implements ParameterResolver {
  private static final class Holder {
    static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator().warmUp();
    static final Analyzer ANALYZER = new Analyzer(ANNOTATOR, AnalysisOptions.DEFAULT);
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    Class<?> t = p.getParameter().getType();
    return t == CoreNlpAnnotator.class || t == Analyzer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == Analyzer.class ? Holder.ANALYZER : Holder.ANNOTATOR;
  }
}
