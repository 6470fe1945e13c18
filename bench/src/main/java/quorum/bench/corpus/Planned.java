package quorum.bench.corpus;

import java.time.ZonedDateTime;
import java.util.List;
import quorum.bench.corpus.People.Person;

/** One message of a planned thread: who, when, which subject, and where it hangs. */
record Planned(int index, int parent, Person author, ZonedDateTime date, String subject,
    String messageId, List<String> references, Kind kind) {
  /** What the body is. */
  enum Kind { COVER, PATCH, POST, REPLY }
}
