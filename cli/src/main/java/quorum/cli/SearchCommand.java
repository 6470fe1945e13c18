package quorum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quorum.index.HitOptions;
import quorum.index.QuorumIndex;
import quorum.index.SearchHit;
import quorum.index.SearchResults;
import quorum.index.Snippet;
import quorum.index.ThreadHits;

/** {@code quorum search}: the lore/public-inbox query language over the index. */
@Command(name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Search the index with the query language of lore.kernel.org / public-inbox.",
        "Prefixes: s: subject, f: from, b: body, q: quoted text only, nq: own text only,",
        "dfn: patch file name, dfa:/dfb: added/removed patch lines, d: date range",
        "(d:2023-01-01..2023-02-28, d:2.weeks.ago..), m: Message-ID, changeid: change-id,",
        "patchid: git patch-id --stable of a patch; \"phrases\", AND, OR, NOT, ( )."},
    footerHeading = "%nExamples:%n",
    footer = {"  quorum search 'helper freeze'",
        "  quorum search 'f:alexei nq:kfunc'",
        "  quorum search --threads 's:\"stable kfuncs\" d:2023-01-01..2023-02-28'",
        "  quorum search --json 'dfn:kfuncs.rst' | jq '.hits[].key'"})
final class SearchCommand implements Callable<Integer> {
  @Mixin
  ExitCodes.Documented exitCodes;

  @Spec
  CommandSpec spec;

  @Mixin
  IndexOption indexOption;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (words are joined by spaces)")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "at most N hits (threads with --threads); default ${DEFAULT-VALUE}")
  int limit;

  @Option(names = "--snippets", paramLabel = "N", defaultValue = "20",
      description = {"show the matching text under the first N hits only; default ${DEFAULT-VALUE}.",
          "Further hits are one line each (date, author, subject, <Message-ID>), as notmuch",
          "and mu list them; 0: one line for every hit. In JSON, hits past N have no snippet."})
  int snippets;

  @Option(names = "--threads", description = "group hits by thread")
  boolean byThread;

  @Option(names = "--json", description = "print JSON (schema quorum/1, see docs/json.md)")
  boolean json;

  @Option(names = "--debug", description = "print stack traces of failures")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    Limits.requirePositive(spec, limit);
    if (snippets < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--snippets must be 0 or more, not " + snippets);
    }
    return search(spec.commandLine().getOut());
  }

  /** Runs the search with options already checked (also {@link SearchFastPath}'s way in). */
  int search(PrintWriter out) throws Exception {
    try (QuorumIndex index = QuorumIndex.open(indexOption.resolve())) {
      return search(index, out);
    }
  }

  /** Runs the search on {@code index}, already open ({@link SearchServer} keeps one open). */
  int search(QuorumIndex index, PrintWriter out) throws Exception {
    String query = String.join(" ", words);
    if (byThread) {
      List<ThreadHits> threads = index.searchByThread(query, limit, new HitOptions(snippets, true));
      out.print(json ? SearchJson.threads(query, threads) : threadsText(threads));
    } else if (json) {
      List<SearchHit> hits = new ArrayList<>();
      long total = index.search(query, limit, new HitOptions(snippets, true), hits::add);
      out.print(SearchJson.hits(query, new SearchResults(total, hits)));
    } else {
      printHits(index, query, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Prints each hit as it comes ({@link HitPrinter}), so a long listing is not collected. */
  private void printHits(QuorumIndex index, String query, PrintWriter out) throws Exception {
    try (HitPrinter printer = new HitPrinter(out, Terminal.styled())) {
      long total = index.search(query, limit, new HitOptions(snippets, false), printer);
      long shown = printer.shown();
      printer.finish(total + " match" + (total == 1 ? "" : "es")
          + (total > shown ? " (showing " + shown + "; use --limit)" : "") + "\n");
    }
  }

  private static String threadsText(List<ThreadHits> threads) {
    StringBuilder b = new StringBuilder();
    for (ThreadHits t : threads) {
      b.append(Terminal.bold(t.thread().subject().isBlank() ? "(no subject)" : t.thread().subject()))
          .append("  [").append(t.thread().messageCount())
          .append(t.thread().messageCount() == 1 ? " message]\n" : " messages]\n");
      for (SearchHit h : t.hits()) {
        appendHit(b, h, "  ", Terminal.styled());
      }
    }
    return b.toString();
  }

  /** One line per hit (date, author, subject, key), and its snippet below when it has one. */
  static void appendHit(StringBuilder b, SearchHit h, String indent, boolean styled) {
    if (h.dateText().isPresent()) {
      String d = h.dateText().get();
      b.append(indent).append(d, 0, Math.min(d.length(), 10));
    } else {
      b.append(indent).append("????-??-??");
    }
    b.append("  ").append(h.from().display())
        .append("  ").append(h.subject().isBlank() ? h.threadSubject() : h.subject())
        .append(h.quotedOnly() ? "  [quoted]" : "")
        .append("  <").append(h.key()).append(">\n");
    if (!h.snippet().text().isEmpty()) {
      b.append(indent).append("    ").append(highlight(h.snippet(), styled)).append('\n');
    }
  }

  /**
   * Compiled on first use, not with the class: a search answered by {@code quorum serve} builds
   * a {@code SearchCommand} but highlights nothing in its own process.
   */
  private static final class Whitespace {
    static final java.util.regex.Pattern RUNS = java.util.regex.Pattern.compile("\\s+");
  }

  /** Marks matched ranges in bold on a terminal, and with [brackets] elsewhere. */
  static String highlight(Snippet s) {
    return highlight(s, Terminal.styled());
  }

  private static String highlight(Snippet s, boolean styled) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Snippet.Span span : s.highlights()) {
      if (span.start() < at) {
        continue;
      }
      b.append(s.text(), at, span.start());
      String hit = s.text().substring(span.start(), span.end());
      b.append(styled ? Terminal.bold(hit) : "[" + hit + "]");
      at = span.end();
    }
    b.append(s.text().substring(at));
    return Whitespace.RUNS.matcher(b).replaceAll(" ").strip();
  }
}
