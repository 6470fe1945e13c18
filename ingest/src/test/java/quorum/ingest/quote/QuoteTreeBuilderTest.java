package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quorum.mail.Attribution;
import quorum.mail.AttributionStyle;
import quorum.mail.AuthorSource;
import quorum.mail.Authored;
import quorum.mail.Discussion;
import quorum.mail.LineSpan;
import quorum.mail.Link;
import quorum.mail.MailDate;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Provenance;
import quorum.mail.Quoted;
import quorum.mail.ReplyNode;
import quorum.mail.ReplyTree;
import quorum.mail.Segment;
import quorum.mail.SourceRef;

/** The quote tree on hand-built segment lists (what BodySegmenter produces). */
class QuoteTreeBuilderTest {
  private static final Participant ALICE = Participant.of("Alice Archer", "alice@example.org");
  private static final Participant BOB = Participant.of("Bob Baker", "bob@example.org");
  private static final Participant CAROL = Participant.of("Carol Chen", "carol@example.org");
  private static final String ALICE_TEXT =
      "We should drop the legacy ioctl in the next release.\nNobody has used it since 2019.";
  private static final MailDate MONDAY = MailDate.local(LocalDateTime.of(2024, 3, 4, 9, 30));

  private final QuoteTreeBuilder builder = new QuoteTreeBuilder();

  @Test
  void makesOneNodeForAMessageQuotedByTwoReplies() {
    Message bob = mail("b@x", BOB, 10, List.of(attr(0, ALICE, MONDAY), quoted(1, ALICE_TEXT),
        own("Agreed, drop it.")));
    Message carol = mail("c@x", CAROL, 11, List.of(attr(0, ALICE, MONDAY),
        quoted(1, "Nobody has used it since 2019."), own("Debian still ships a user.")));
    Discussion d = builder.complete(roots(bob, carol));

    List<Message> quoted = d.messages().stream()
        .filter(m -> m.provenance() == Provenance.QUOTED_ONLY).toList();
    assertThat(quoted).hasSize(1);
    Message alice = quoted.get(0);
    assertThat(alice.from()).isEqualTo(ALICE);
    assertThat(alice.authorSource()).isEqualTo(AuthorSource.ATTRIBUTION);
    assertThat(alice.date()).contains(MONDAY);
    assertThat(alice.ownText()).isEqualTo(ALICE_TEXT);
    assertThat(d.messages().get(0)).isEqualTo(alice);
    assertThat(d.tree().parentOf(bob.key())).contains(alice.key());
    assertThat(d.tree().parentOf(carol.key())).contains(alice.key());
    assertThat(d.tree().nodes().get(bob.key()).link()).isEqualTo(Link.QUOTE_CONTAINMENT);
    assertThat(d.tree().nodes().get(carol.key()).depth()).isEqualTo(1);
    assertThat(d.tree().roots()).containsExactly(alice.key());
  }

  /** Found by fuzzing: both quote-only nodes got the same key and the ingest died. */
  @Test
  void keepsTwoMessagesApartWhenTheSameAuthorWroteTheSameWordsTwice() {
    // 40 minutes apart: no time zone shift makes these the same minute
    MailDate later = MailDate.local(LocalDateTime.of(2024, 3, 4, 10, 10));
    Message bob = mail("b@x", BOB, 10, List.of(attr(0, ALICE, MONDAY), quoted(1, "Thanks!"),
        own("You are welcome.")));
    Message carol = mail("c@x", CAROL, 11, List.of(attr(0, ALICE, later),
        quoted(1, "Thanks!"), own("Any time.")));
    Discussion d = builder.complete(roots(bob, carol));

    List<Message> quoted = d.messages().stream()
        .filter(m -> m.provenance() == Provenance.QUOTED_ONLY).toList();
    assertThat(quoted).hasSize(2);
    assertThat(quoted.get(0).key()).isNotEqualTo(quoted.get(1).key());
    assertThat(quoted).extracting(Message::date)
        .containsExactlyInAnyOrder(Optional.of(MONDAY), Optional.of(later));
    ThreadInvariants.assertForest(d);
  }

  @Test
  void linksAQuotedLevelToTheRealMailInsteadOfCopyingIt() {
    Message alice = mail("a@x", ALICE, 9, List.of(own(ALICE_TEXT)));
    Message bob = mail("b@x", BOB, 10, List.of(attr(0, ALICE, Optional.empty()),
        quoted(1, "We should drop the legacy ioctl in the next release."), own("Yes.")));
    Discussion d = builder.complete(roots(alice, bob));

    assertThat(d.messages()).extracting(Message::key).containsExactly(alice.key(), bob.key());
    assertThat(d.tree().parentOf(bob.key())).contains(alice.key());
    assertThat(d.tree().nodes().get(bob.key()).link()).isEqualTo(Link.QUOTE_CONTAINMENT);
  }

  @Test
  void linksByAttributionWhenOnlyTheNameAndDateNameTheParent() {
    Message alice = mail("a@x", ALICE, 4, List.of(own(ALICE_TEXT)));
    // "On Mon, Mar 4, 2024 at 5:00 AM Alice wrote:" in the quoter's zone, the quote cut away
    MailDate shifted = MailDate.local(LocalDateTime.of(2024, 3, 4, 5, 0));
    Message bob = mail("b@x", BOB, 10, List.of(attr(0, ALICE, shifted), own("Agreed.")));
    Discussion d = builder.complete(roots(alice, bob));

    assertThat(d.messages()).hasSize(2);
    assertThat(d.tree().parentOf(bob.key())).contains(alice.key());
    assertThat(d.tree().nodes().get(bob.key()).link()).isEqualTo(Link.ATTRIBUTION);
  }

  @Test
  void keepsTheHeaderParentAndMatchesTheQuoteAlongTheHeaderChain() {
    Message alice = mail("a@x", ALICE, 9, List.of(own("Something else entirely.")));
    Message bob = mail("b@x", BOB, 10, List.of(attr(0, ALICE, Optional.empty()),
        quoted(1, "A line Alice's own text does not have."), own("Yes.")));
    Map<MessageKey, ReplyNode> nodes = new LinkedHashMap<>();
    nodes.put(alice.key(), root(alice.key()));
    nodes.put(bob.key(), new ReplyNode(bob.key(), Optional.of(alice.key()), 1, Link.IN_REPLY_TO,
        false));
    Discussion d = builder.complete(new Discussion("s", List.of(alice, bob),
        new ReplyTree(List.of(alice.key()), nodes)));

    assertThat(d.messages()).hasSize(2);
    assertThat(d.tree().nodes().get(bob.key()).link()).isEqualTo(Link.IN_REPLY_TO);
  }

  @Test
  void fillsAGhostParentWithTheQuotedMessageAndItsMessageId() {
    MessageKey ghost = new MessageKey("lost@x");
    Message bob = mail("b@x", BOB, 10, List.of(attr(0, ALICE, MONDAY), quoted(1, ALICE_TEXT),
        own("Agreed.")));
    Map<MessageKey, ReplyNode> nodes = new LinkedHashMap<>();
    nodes.put(ghost, new ReplyNode(ghost, Optional.empty(), 0, Link.ROOT, true));
    nodes.put(bob.key(), new ReplyNode(bob.key(), Optional.of(ghost), 1, Link.IN_REPLY_TO, false));
    Discussion d = builder.complete(new Discussion("s", List.of(bob),
        new ReplyTree(List.of(ghost), nodes)));

    Message alice = d.messages().get(0);
    assertThat(alice.key()).isEqualTo(ghost);
    assertThat(alice.id()).contains(new MessageId("lost@x"));
    assertThat(alice.provenance()).isEqualTo(Provenance.QUOTED_ONLY);
    assertThat(d.tree().nodes().get(ghost).ghost()).isFalse();
    assertThat(d.tree().parentOf(bob.key())).contains(ghost);
  }

  @Test
  void chainsNestedLevelsAndOrdersAnUndatedOneAfterItsParent() {
    // Carol quotes Bob (undated "writes:"), who quoted Alice (dated)
    Message carol = mail("c@x", CAROL, 12, List.of(attr(0, BOB, Optional.empty()),
        attr(1, ALICE, MONDAY), quoted(2, ALICE_TEXT), quoted(1, "Fine by me."),
        own("Me too.")));
    Discussion d = builder.complete(roots(carol));

    assertThat(d.messages()).extracting(m -> m.from().name())
        .containsExactly("Alice Archer", "Bob Baker", "Carol Chen");
    Message bob = d.messages().get(1);
    assertThat(bob.date()).isEmpty();
    assertThat(bob.ownText()).isEqualTo("Fine by me.");
    assertThat(d.tree().parentOf(bob.key())).contains(d.messages().get(0).key());
    assertThat(d.tree().nodes().get(carol.key()).depth()).isEqualTo(2);
  }

  @Test
  void refusesALinkThatWouldCloseALoop() {
    Message alice = mail("a@x", ALICE, 9, List.of(attr(0, BOB, Optional.empty()),
        quoted(1, "Bob's point, quoted by Alice."), own(ALICE_TEXT)));
    Message bob = mail("b@x", BOB, 10, List.of(attr(0, ALICE, Optional.empty()),
        quoted(1, ALICE_TEXT), own("Bob's point, quoted by Alice.")));
    Discussion d = builder.complete(roots(alice, bob));

    assertThat(d.tree().roots()).hasSize(1);
    assertThat(d.messages()).hasSize(2);
  }

  @Test
  void infersAnUnknownAuthorFromASignOffNamingAParticipant() {
    Message carol = mail("c@x", CAROL, 9, List.of(own("Proposal text.")));
    Message unknown = unknown("u", List.of(attr(0, CAROL, Optional.empty()),
        quoted(1, "Proposal text."), own("Looks fine.\n\nThanks,\nBob")));
    Message bob = mail("b@x", BOB, 8, List.of(own("Earlier mail.")));
    Discussion d = builder.complete(roots(bob, carol, unknown));

    Message m = d.message(unknown.key()).orElseThrow();
    assertThat(m.from()).isEqualTo(BOB);
    assertThat(m.authorSource()).isEqualTo(AuthorSource.INFERRED);
  }

  @Test
  void infersTheAddresseeOfTheParentAsTheAuthorOfAnUnsignedAnswer() {
    Message unknown = unknown("u", List.of(attr(0, BOB, Optional.empty()),
        attr(1, CAROL, Optional.empty()), quoted(2, "Shall we merge it?"),
        quoted(1, "Did you test it on arm64?"), own("Not yet.")));
    Message m = builder.complete(roots(unknown)).message(unknown.key()).orElseThrow();
    assertThat(m.from()).isEqualTo(CAROL);
    assertThat(m.authorSource()).isEqualTo(AuthorSource.INFERRED);
  }

  @Test
  void leavesTheAuthorUnknownWhenNothingPointsAtAnyone() {
    Message unknown = unknown("u", List.of(attr(0, BOB, Optional.empty()),
        quoted(1, "The build is broken."), own("Fixed in next.")));
    Message m = builder.complete(roots(unknown)).message(unknown.key()).orElseThrow();
    assertThat(m.authorSource()).isEqualTo(AuthorSource.UNKNOWN);
  }

  @Test
  void leavesMailWithoutAttributedQuotesAlone() {
    Message plain = mail("p@x", BOB, 9, List.of(quoted(1, "unattributed quote"), own("Reply.")));
    Discussion in = roots(plain);
    Discussion out = builder.complete(in);
    assertThat(out.messages()).containsExactly(plain);
    assertThat(out.tree()).isEqualTo(in.tree());
  }

  // --- building blocks -------------------------------------------------------------------

  private static int line = 1;

  private static LineSpan span() {
    return LineSpan.of(line, line++);
  }

  private static Attribution attr(int depth, Participant who, MailDate date) {
    return attr(depth, who, Optional.of(date));
  }

  private static Attribution attr(int depth, Participant who, Optional<MailDate> date) {
    return new Attribution(span(), depth, who.name() + " wrote:", who, Optional.empty(), date,
        date.isPresent() ? AttributionStyle.ON_DATE_WROTE : AttributionStyle.NAME_WRITES);
  }

  private static Segment quoted(int depth, String text) {
    return new Quoted(span(), depth, text);
  }

  private static Segment own(String text) {
    return Authored.of(span(), text);
  }

  private static Message mail(String id, Participant from, int day, List<Segment> segments) {
    return new Message(new MessageKey(id), MessageId.parse(id), from, AuthorSource.HEADER,
        Optional.of(MailDate.of(OffsetDateTime.parse(
            String.format("2024-03-%02dT12:00:00+01:00", day)))), "s", List.of(), List.of(),
        "body", segments, List.of(), Provenance.HEADERS, SourceRef.of(Path.of("t.mbox")));
  }

  private static Message unknown(String key, List<Segment> segments) {
    return new Message(new MessageKey("quorum:" + key), Optional.empty(), Participant.UNKNOWN,
        AuthorSource.UNKNOWN, Optional.empty(), "", List.of(), List.of(), "body", segments,
        List.of(), Provenance.ARCHIVE_COPY, SourceRef.of(Path.of("t.txt")));
  }

  private static ReplyNode root(MessageKey k) {
    return new ReplyNode(k, Optional.empty(), 0, Link.ROOT, false);
  }

  /** A discussion in which every message is a root (no header links). */
  private static Discussion roots(Message... ms) {
    Map<MessageKey, ReplyNode> nodes = new LinkedHashMap<>();
    List<MessageKey> roots = new ArrayList<>();
    for (Message m : ms) {
      nodes.put(m.key(), root(m.key()));
      roots.add(m.key());
    }
    return new Discussion("s", List.of(ms), new ReplyTree(roots, nodes));
  }
}
