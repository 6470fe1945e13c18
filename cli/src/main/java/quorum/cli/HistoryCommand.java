package quorum.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import quorum.index.QuorumIndex;
import quorum.index.SeriesHistory;
import quorum.index.SeriesVersion;

/** {@code quorum history}: the versions of the patch series a query matches. */
@Command(name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Show proposal history: the versions of the patch series matching QUERY",
        "(v1 -> v2 -> v3, RFC and not), linked by change-id, then by patch-id (a renamed",
        "series by the same author), then by series name and author;",
        "each with date, author, messages, review trailers given, files touched and the",
        "changelog bullets with the reviewers they credit."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum history 's:\"kfunc stability\"'",
        "  quorum history --json 'dfn:kfuncs.rst' | jq '.series[0].versions[].version'"})
final class HistoryCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption indexOption;

  @Parameters(arity = "1..*", paramLabel = "QUERY",
      description = "a search query (see quorum search); words are joined by spaces")
  List<String> words;

  @Option(names = "--json", description = "print JSON (schema quorum/1, see docs/json.md)")
  boolean json;

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    String query = String.join(" ", words);
    PrintWriter out = spec.commandLine().getOut();
    try (QuorumIndex index = QuorumIndex.open(indexOption.resolve())) {
      List<SeriesHistory> histories = index.history(query);
      out.print(json ? HistoryJson.histories(query, histories) : text(histories));
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String text(List<SeriesHistory> histories) {
    StringBuilder b = new StringBuilder();
    if (histories.isEmpty()) {
      return "no patch series matches\n";
    }
    for (SeriesHistory h : histories) {
      b.append(Terminal.bold(h.name())).append("  [")
          .append(h.versions().size()).append(" version(s)]\n");
      for (SeriesVersion v : h.versions()) {
        b.append("  v").append(v.version())
            .append(v.tags().isEmpty() ? "" : " " + String.join(" ", v.tags()))
            .append("  ").append(v.dateText().map(d -> d.length() > 10 ? d.substring(0, 10) : d)
                .orElse("????-??-??"))
            .append("  ").append(v.author().display())
            .append("  ").append(v.messageCount()).append(" message(s)")
            .append(v.linkedBy() == SeriesVersion.Link.CHANGE_ID ? "  (same change-id)"
                : v.linkedBy() == SeriesVersion.Link.PATCH_ID ? "  (same patch, renamed)" : "")
            .append('\n');
        b.append("    ").append(v.subject()).append('\n');
        if (!v.files().isEmpty()) {
          b.append("    files: ").append(String.join(", ", v.files())).append('\n');
        }
        for (SeriesVersion.GivenTrailer t : v.trailers()) {
          b.append("    ").append(t.tag()).append(": ").append(t.who().display())
              .append(t.onCover() ? " (cover letter: all patches)"
                  : t.parts().isEmpty() ? "" : " (patch " + t.parts().stream()
                      .map(String::valueOf).collect(Collectors.joining(", ")) + ")")
              .append('\n');
        }
        if (!v.rangeDiff().isEmpty()) {
          b.append("    vs previous: ").append(v.rangeDiff().stream()
              .map(c -> (c.status() == SeriesVersion.PatchStatus.DROPPED ? "-" : "")
                  + c.part() + " " + c.status().name().toLowerCase(java.util.Locale.ROOT)
                  + (c.status() == SeriesVersion.PatchStatus.CHANGED
                      ? " (" + c.linesChanged() + " lines)" : ""))
              .collect(Collectors.joining(", "))).append('\n');
        }
        for (SeriesVersion.ChangeNote c : v.changelog()) {
          b.append("    v").append(c.version()).append(": ").append(c.text())
              .append(c.credited().isEmpty() ? "" : "  [credits " + c.credited().stream()
                  .map(p -> p.display()).collect(Collectors.joining(", ")) + "]")
              .append('\n');
        }
      }
    }
    return b.toString();
  }
}
