package quorum.analysis;

import java.util.Objects;
import java.util.Optional;
import quorum.mail.MailDate;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Provenance;

/** One message of the analysed thread as findings refer to it: key, author, date, parent. */
public record MessageRef(MessageKey key, Participant author, Optional<MailDate> date,
    Optional<MessageKey> parent, Provenance provenance) {
  public MessageRef {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(provenance, "provenance");
  }
}
