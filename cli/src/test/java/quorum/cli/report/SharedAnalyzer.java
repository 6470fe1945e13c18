package quorum.cli.report;

import quorum.analysis.AnalysisOptions;
import quorum.analysis.Analyzer;

/** One analyzer per test JVM: CoreNLP's models take seconds to load. */
final class SharedAnalyzer {
  private SharedAnalyzer() {}

  private static final class Holder {
    static final Analyzer ANALYZER = new Analyzer(AnalysisOptions.DEFAULT);
  }

  static Analyzer get() {
    return Holder.ANALYZER;
  }
}
