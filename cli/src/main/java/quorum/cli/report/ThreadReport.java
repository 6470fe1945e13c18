package quorum.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import quorum.ingest.thread.SeriesParser;
import quorum.mail.Discussion;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.SeriesInfo;

/**
 * What a thread report shows, computed once from a {@link Discussion} so that every format
 * renders the same facts: messages with short labels ({@code m1}, {@code m2}, ... oldest first),
 * the series it belongs to and the versions seen, participants with message counts, the reply
 * tree in display order, and the review trailers per version. Where the discussion came from
 * (files, the index) does not matter here.
 */
public record ThreadReport(Discussion discussion, Optional<SeriesInfo> series,
    SortedSet<Integer> versions, List<Entry> entries, List<TreeRows.Row> tree,
    List<Participation> participants, List<Trailers.Collected> trailers) {

  /** One message of the thread with its label, place in the tree and series version. */
  public record Entry(String label, Message message, int depth, Optional<String> parentLabel,
      Optional<Integer> version) {
    public Entry {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(parentLabel, "parentLabel");
      Objects.requireNonNull(version, "version");
    }
  }

  public ThreadReport {
    Objects.requireNonNull(discussion, "discussion");
    Objects.requireNonNull(series, "series");
    versions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(versions));
    entries = List.copyOf(entries);
    tree = List.copyOf(tree);
    participants = List.copyOf(participants);
    trailers = List.copyOf(trailers);
  }

  private static final SeriesParser SERIES = new SeriesParser();

  /** The report of one thread. */
  public static ThreadReport of(Discussion d) {
    Map<MessageKey, String> labels = new LinkedHashMap<>();
    for (Message m : d.messages()) {
      labels.put(m.key(), "m" + (labels.size() + 1));
    }
    List<TreeRows.Row> rows = TreeRows.of(d, labels);
    // versions follow the tree: a reply without a [PATCH vN] prefix belongs to its parent's
    // version; rows come parents first, so one pass suffices
    Map<MessageKey, Integer> versionOf = new LinkedHashMap<>();
    Optional<SeriesInfo> threadSeries = SERIES.parse(d.subject());
    for (TreeRows.Row r : rows) {
      r.message().ifPresent(m -> {
        Optional<Integer> own = SERIES.parse(m.subject()).map(SeriesInfo::version);
        Optional<Integer> inherited = d.tree().parentOf(m.key()).map(versionOf::get);
        Integer v = own.or(() -> inherited).or(() -> threadSeries.map(SeriesInfo::version))
            .orElse(null);
        if (v != null) {
          versionOf.put(m.key(), v);
        }
      });
    }
    Map<MessageKey, Integer> depthOf = new LinkedHashMap<>();
    rows.forEach(r -> depthOf.put(r.key(), r.level()));
    List<Entry> entries = new ArrayList<>();
    for (Message m : d.messages()) {
      entries.add(new Entry(labels.get(m.key()), m, depthOf.getOrDefault(m.key(), 0),
          d.tree().parentOf(m.key()).map(labels::get), Optional.ofNullable(versionOf.get(m.key()))));
    }
    SortedSet<Integer> versions = new TreeSet<>(versionOf.values());
    Optional<SeriesInfo> series = threadSeries.or(() -> d.messages().stream()
        .map(m -> SERIES.parse(m.subject())).flatMap(Optional::stream).findFirst());
    return new ThreadReport(d, series, versions, entries, rows, Participation.of(entries),
        Trailers.collect(entries));
  }

  /** The subject to print: the thread's, or "(no subject)". */
  public String subject() {
    return discussion.subject().isBlank() ? "(no subject)" : discussion.subject();
  }

  public Optional<MailDate> first() {
    return entries.stream().map(e -> e.message().date()).flatMap(Optional::stream).min(MailDate::compareTo);
  }

  public Optional<MailDate> last() {
    return entries.stream().map(e -> e.message().date()).flatMap(Optional::stream).max(MailDate::compareTo);
  }

  public Optional<Entry> entry(MessageKey key) {
    return entries.stream().filter(e -> e.message().key().equals(key)).findFirst();
  }
}
