package quorum.cli.report;

import java.util.List;

/** Renders thread reports in one output format; the result is the whole output document. */
public interface ReportRenderer {
  String render(List<ThreadReport> reports);
}
