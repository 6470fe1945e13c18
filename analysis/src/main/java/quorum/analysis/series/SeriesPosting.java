package quorum.analysis.series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import quorum.analysis.MessageRef;
import quorum.analysis.ThreadAnalysis;
import quorum.ingest.thread.SeriesParser;
import quorum.mail.Discussion;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Patch;
import quorum.mail.Provenance;
import quorum.mail.Question;
import quorum.mail.Response;
import quorum.mail.Segment;
import quorum.mail.SeriesInfo;

/**
 * One thread seen as one posting of a proposal: its series name and version (from the
 * {@code [PATCH v2 ...]} prefix; a thread without one is a proposal of its own, version 1),
 * the questions asked in it, the changelog bullets its author wrote, and the proposed text
 * (the author's own text and patches) that later questions quote.
 *
 * @param series the normalized series name, empty for a thread that is not a series
 * @param proposal the proposal's text: own text and patches of the series author's messages
 */
public record SeriesPosting(String thread, String subject, Optional<String> series, int version,
    Participant author, Optional<Instant> date, List<AskedQuestion> questions,
    List<String> changelog, String proposal) {
  private static final SeriesParser SERIES = new SeriesParser();

  public SeriesPosting {
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(date, "date");
    questions = List.copyOf(questions);
    changelog = List.copyOf(changelog);
    Objects.requireNonNull(proposal, "proposal");
  }

  /** The posting of thread {@code thread}, read from its discussion and its analysis. */
  public static SeriesPosting of(String thread, Discussion d, ThreadAnalysis a) {
    Optional<Message> root = rootMessage(d);
    Optional<SeriesInfo> info = SERIES.parse(root.map(Message::subject).orElse(d.subject()));
    Participant author = root.map(Message::from).orElse(Participant.UNKNOWN);
    Map<MessageKey, Optional<MailDate>> dates = new HashMap<>();
    for (MessageRef r : a.messages()) {
      dates.put(r.key(), r.date());
    }
    List<AskedQuestion> asked = new ArrayList<>();
    for (Question q : a.questions()) {
      List<Participant> responders = new ArrayList<>();
      for (Response r : q.responses()) {
        responders.add(r.by());
      }
      asked.add(new AskedQuestion(q.asker(), q.evidence().in().value(),
          dates.getOrDefault(q.evidence().in(), Optional.empty()).map(MailDate::instant),
          q.evidence().excerpt().isBlank() ? q.about() : q.evidence().excerpt(),
          q.evidence().anchor(), q.form(), q.status(), responders));
    }
    StringBuilder proposal = new StringBuilder();
    List<String> changelog = new ArrayList<>();
    for (Message m : d.messages()) {
      if (m.provenance() == Provenance.QUOTED_ONLY || !m.from().sameAs(author)
          || SERIES.parse(m.subject()).isEmpty() && !m.equals(root.orElse(null))) {
        continue;
      }
      proposal.append(m.ownText()).append('\n');
      for (Segment s : m.segments()) {
        if (s instanceof Patch && s.depth() == 0) {
          proposal.append(s.text()).append('\n');
        }
      }
      changelog.addAll(Changelog.bullets(m.body()));
    }
    return new SeriesPosting(thread, d.subject(),
        info.map(i -> normalize(i.name())), info.map(SeriesInfo::version).orElse(1), author,
        root.flatMap(Message::date).map(MailDate::instant), asked, changelog,
        proposal.toString());
  }

  private static Optional<Message> rootMessage(Discussion d) {
    for (MessageKey k : d.tree().roots()) {
      Optional<Message> m = d.message(k);
      if (m.isPresent() && m.get().provenance() != Provenance.QUOTED_ONLY) {
        return m;
      }
    }
    return d.messages().stream().filter(m -> m.provenance() != Provenance.QUOTED_ONLY).findFirst();
  }

  private static String normalize(String name) {
    return String.join(" ", name.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+"));
  }
}
