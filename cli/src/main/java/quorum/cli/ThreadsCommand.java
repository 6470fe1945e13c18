package quorum.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.index.QuorumIndex;
import quorum.index.ThreadSummary;
import quorum.mail.Participant;

/** {@code quorum threads}: list the threads in the index, most recently active first. */
@Command(name = "threads",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List threads (subject, participants, messages, first/last date, series versions).",
    footerHeading = "%nExamples:%n",
    footer = {"  quorum threads",
        "  quorum threads 's:kfunc'",
        "  quorum threads --json --limit 5 'f:toke'"})
final class ThreadsCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption indexOption;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "only threads with a matching message")
  List<String> words = List.of();

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "at most N threads; default ${DEFAULT-VALUE}")
  int limit;

  @Option(names = "--json", description = "print JSON (schema quorum/1, see docs/json.md)")
  boolean json;

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    Limits.requirePositive(spec, limit);
    PrintWriter out = spec.commandLine().getOut();
    try (QuorumIndex index = QuorumIndex.open(indexOption.resolve())) {
      List<ThreadSummary> threads = index.threads(String.join(" ", words), limit);
      out.print(json ? SearchJson.summaries(threads) : text(threads));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String text(List<ThreadSummary> threads) {
    StringBuilder b = new StringBuilder();
    DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneOffset.UTC);
    for (ThreadSummary t : threads) {
      b.append(Terminal.bold(t.subject().isBlank() ? "(no subject)" : t.subject())).append('\n')
          .append("    ").append(t.messageCount()).append(" message(s)")
          .append(t.quotedOnlyCount() > 0 ? " (" + t.quotedOnlyCount() + " only quoted)" : "")
          .append(", ").append(t.first().map(day::format).orElse("?")).append(" .. ")
          .append(t.last().map(day::format).orElse("?"))
          .append(t.seriesVersions().size() > 1 || t.seriesVersions().stream().anyMatch(v -> v > 1)
              ? ", versions " + t.seriesVersions().stream().map(v -> "v" + v)
                  .collect(Collectors.joining(" ")) : "")
          .append('\n')
          .append("    ").append(t.participants().stream().map(Participant::display)
              .collect(Collectors.joining(", "))).append('\n');
    }
    return b.toString();
  }
}
