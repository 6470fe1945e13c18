package quorum.cli.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quorum.mail.MailDate;
import quorum.mail.Patch;
import quorum.mail.Provenance;
import quorum.mail.SeriesInfo;
import quorum.ingest.thread.SeriesParser;

/**
 * The thread as a sequence of events, oldest first: who posted what, who replied to whom,
 * which review tags were given, and which messages are known only from quotes.
 */
public final class Timeline {
  /** One event: when (if known), the message, and what happened in plain words. */
  public record Event(Optional<MailDate> date, ThreadReport.Entry entry, String action) {
    public Event {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(action, "action");
    }
  }

  private static final SeriesParser SERIES = new SeriesParser();

  private Timeline() {}

  public static List<Event> of(ThreadReport report) {
    Map<String, ThreadReport.Entry> byLabel = new HashMap<>();
    report.entries().forEach(e -> byLabel.put(e.label(), e));
    Map<String, List<String>> tagsByLabel = new HashMap<>();
    for (Trailers.Collected t : report.trailers()) {
      List<String> tags = tagsByLabel.computeIfAbsent(t.label(), k -> new ArrayList<>());
      if (!tags.contains(t.tag())) {
        tags.add(t.tag());
      }
    }
    List<Event> out = new ArrayList<>();
    for (ThreadReport.Entry e : report.entries()) { // entries are oldest first
      out.add(new Event(e.message().date(), e,
          action(report, e, byLabel, tagsByLabel.getOrDefault(e.label(), List.of()))));
    }
    return out;
  }

  private static String action(ThreadReport report, ThreadReport.Entry e,
      Map<String, ThreadReport.Entry> byLabel, List<String> tags) {
    StringBuilder a = new StringBuilder();
    boolean patch = e.message().segments().stream().anyMatch(s -> s instanceof Patch && s.depth() == 0);
    Optional<SeriesInfo> own = SERIES.parse(e.message().subject())
        .filter(s -> !Subjects.isReply(e.message().subject()));
    String version = e.version().filter(v -> report.series().isPresent()).map(v -> " v" + v).orElse("");
    if (own.isPresent() && own.get().part().isPresent()) {
      SeriesInfo s = own.get();
      a.append(s.isCoverLetter() ? "posts the cover letter" : "posts patch " + s.part().get()
          + "/" + s.total().orElse(0)).append(version.isEmpty() ? "" : " of" + version);
    } else if (patch || own.isPresent()) {
      a.append("posts the patch").append(version);
    } else {
      a.append(e.parentLabel().isEmpty() ? "starts the thread" : "replies");
    }
    if (e.parentLabel().isPresent()) {
      String parent = e.parentLabel().get();
      String to = Optional.ofNullable(byLabel.get(parent))
          .map(p -> p.message().from().display()).orElse("?");
      a.append(own.isPresent() || patch ? " in reply to " : " to ")
          .append(parent).append(" (").append(to).append(')');
    }
    if (!tags.isEmpty()) {
      a.append(patch ? "; carries " : "; gives ").append(String.join(", ", tags));
    }
    if (e.message().provenance() == Provenance.QUOTED_ONLY) {
      a.append("; known only from quotes in later mail");
    }
    return a.toString();
  }
}
