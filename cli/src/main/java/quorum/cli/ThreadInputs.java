package quorum.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import quorum.index.IndexException;
import quorum.index.IndexedThread;
import quorum.index.QuorumIndex;
import quorum.index.ThreadSummary;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Diagnostic;
import quorum.mail.Discussion;

/**
 * The threads {@code analyze} and {@code report} work on. Each argument that names an existing
 * file or folder is read as mail; any other argument names a thread of the index: its id as
 * {@code quorum threads} prints it (16 hex digits) or the Message-ID of any message in it,
 * with or without angle brackets. {@code --all} takes every thread of the index. Threads from
 * the index are rebuilt by the ingest pipeline from the messages it stores, so they come out
 * as reading the files would give them.
 */
final class ThreadInputs {
  private ThreadInputs() {}

  /** Threads of the index, each with its id; messages are assembled on demand. */
  record IndexedDiscussions(String thread, List<Discussion> discussions) {}

  /** Reads files and looks up thread references, in the order given. */
  static IngestResult load(List<String> args, IndexOption indexOption, IngestOptions options)
      throws IngestException, IndexException {
    List<Path> files = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    for (String a : args) {
      if (Files.exists(Path.of(a))) {
        files.add(Path.of(a));
      } else {
        refs.add(a);
      }
    }
    List<IngestResult> parts = new ArrayList<>();
    if (!files.isEmpty()) {
      parts.add(new Ingester(options).ingest(files));
    }
    if (!refs.isEmpty()) {
      Path dir = indexOption.resolve();
      if (!Files.isDirectory(dir)) {
        throw new IngestException("no such file or folder: " + refs.get(0)
            + " (nor an index at " + dir + " to look it up in as a thread)");
      }
      try (QuorumIndex index = QuorumIndex.open(dir)) {
        for (String ref : refs) {
          Optional<IndexedThread> t = index.thread(ref);
          if (t.isEmpty()) {
            throw new IngestException("no such file or folder, and no thread or Message-ID "
                + ref + " in the index at " + dir);
          }
          parts.add(new Ingester(options).assemble(t.get().messages()));
        }
      }
    }
    return merge(parts);
  }

  /** Usage error (exit 2) unless there are arguments or --all, but not both. */
  static void requireTargetsOrAll(CommandSpec spec, List<String> targets, boolean all) {
    if (targets.isEmpty() == !all) {
      throw new ParameterException(spec.commandLine(), all
          ? "--all takes no PATH or THREAD arguments"
          : "give a PATH or THREAD, or --all for every thread of the index");
    }
  }

  /** Every thread of the index, rebuilt, with a progress bar over the threads. */
  static IngestResult loadAll(IndexOption indexOption, IngestOptions options, boolean progress)
      throws IndexException {
    List<IngestResult> parts = new ArrayList<>();
    try (QuorumIndex index = QuorumIndex.open(indexOption.resolve())) {
      List<String> ids = allThreads(index);
      try (ProgressBar bar = Progress.count("read", " thread", ids.size(), progress)) {
        for (String id : ids) {
          index.thread(id).ifPresent(t -> parts.add(new Ingester(options).assemble(t.messages())));
          bar.step();
        }
      }
    }
    return merge(parts);
  }

  /** Every thread id of the index, oldest thread first. */
  static List<String> allThreads(QuorumIndex index) throws IndexException {
    try {
      List<ThreadSummary> all = new ArrayList<>(index.threads("", Integer.MAX_VALUE));
      all.sort(java.util.Comparator.comparing((ThreadSummary t) ->
          t.first().orElse(java.time.Instant.MAX)).thenComparing(ThreadSummary::thread));
      List<String> ids = new ArrayList<>();
      all.forEach(t -> ids.add(t.thread()));
      return ids;
    } catch (quorum.index.QuerySyntaxException e) {
      throw new IllegalStateException("the empty query must parse", e);
    }
  }

  /** One thread of the index rebuilt into its discussions (usually one). */
  static IndexedDiscussions rebuild(QuorumIndex index, String thread, IngestOptions options)
      throws IndexException {
    List<Discussion> ds = index.thread(thread)
        .map(t -> new Ingester(options).assemble(t.messages()).discussions())
        .orElse(List.of());
    return new IndexedDiscussions(thread, ds);
  }

  private static IngestResult merge(List<IngestResult> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<Discussion> ds = new ArrayList<>();
    List<Diagnostic> diags = new ArrayList<>();
    int read = 0;
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    for (IngestResult r : parts) {
      ds.addAll(r.discussions());
      diags.addAll(r.diagnostics());
      read += r.read();
      accepted += r.accepted();
      duplicates += r.duplicates();
      rejected += r.rejected();
    }
    return new IngestResult(ds, diags, read, accepted, duplicates, rejected);
  }
}
