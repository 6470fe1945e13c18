package quorum.cli.report;

/** The formats of {@code quorum report}, each with its renderer. */
public enum ReportFormat {
  MD, HTML, JSON;

  public ReportRenderer renderer() {
    switch (this) {
      case HTML:
        return new HtmlReport();
      case JSON:
        return new JsonReport();
      default:
        return new MarkdownReport();
    }
  }
}
