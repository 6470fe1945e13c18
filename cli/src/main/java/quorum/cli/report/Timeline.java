package quorum.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quorum.mail.MailDate;
import quorum.mail.Patch;
import quorum.mail.Provenance;

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

  private Timeline() {}

  public static List<Event> of(ThreadReport report) {
    List<Event> out = new ArrayList<>();
    for (ThreadReport.Entry e : report.entries()) { // entries are oldest first
      out.add(new Event(e.message().date(), e, action(report, e)));
    }
    return out;
  }

  private static String action(ThreadReport report, ThreadReport.Entry e) {
    StringBuilder a = new StringBuilder();
    boolean patch = e.message().segments().stream().anyMatch(s -> s instanceof Patch && s.depth() == 0);
    String version = e.version().filter(v -> report.series().isPresent()).map(v -> " v" + v).orElse("");
    if (e.parentLabel().isEmpty()) {
      a.append(patch ? "posts the patch" + version : "starts the thread" + version);
    } else {
      String parent = e.parentLabel().get();
      String to = report.entries().stream().filter(p -> p.label().equals(parent)).findFirst()
          .map(p -> p.message().from().display()).orElse("?");
      a.append(patch ? "posts a patch" + version + " in reply to " : "replies to ")
          .append(parent).append(" (").append(to).append(')');
    }
    List<String> tags = new ArrayList<>();
    for (Trailers.Collected t : report.trailers()) {
      if (t.label().equals(e.label()) && !tags.contains(t.tag())) {
        tags.add(t.tag());
      }
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
