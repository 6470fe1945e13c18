package quorum.ingest.thread;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quorum.mail.AuthorSource;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Provenance;
import quorum.mail.SourceRef;

/** Builds header-only messages for threading tests: {@code TestMail.id("a").minute(3).irt("b")}. */
final class TestMail {
  private static final OffsetDateTime T0 = OffsetDateTime.of(2024, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  private static int synthetic;

  private Optional<MessageId> id = Optional.empty();
  private String key;
  private Optional<MailDate> date = Optional.empty();
  private String subject = "topic";
  private final List<MessageId> irt = new ArrayList<>();
  private final List<MessageId> refs = new ArrayList<>();

  static TestMail id(String id) {
    TestMail t = new TestMail();
    t.id = Optional.of(new MessageId(id));
    t.key = id;
    return t;
  }

  /** A message without a Message-ID: synthetic key. */
  static TestMail noId() {
    TestMail t = new TestMail();
    t.key = MessageKey.SYNTHETIC_PREFIX + "test-" + (++synthetic);
    return t;
  }

  TestMail minute(int m) {
    date = Optional.of(MailDate.of(T0.plusMinutes(m)));
    return this;
  }

  TestMail subject(String s) {
    subject = s;
    return this;
  }

  TestMail irt(String... ids) {
    for (String i : ids) {
      irt.add(new MessageId(i));
    }
    return this;
  }

  TestMail refs(String... ids) {
    for (String i : ids) {
      refs.add(new MessageId(i));
    }
    return this;
  }

  Message build() {
    return new Message(new MessageKey(key), id, Participant.of("Tester", "t@example.org"),
        AuthorSource.HEADER, date, subject, irt, refs, "", List.of(), List.of(),
        Provenance.HEADERS, new SourceRef(Path.of("test.mbox"), 0, 1));
  }
}
