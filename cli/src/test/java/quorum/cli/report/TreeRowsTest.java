package quorum.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quorum.mail.AuthorSource;
import quorum.mail.Authored;
import quorum.mail.Discussion;
import quorum.mail.LineSpan;
import quorum.mail.Link;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Provenance;
import quorum.mail.ReplyNode;
import quorum.mail.ReplyTree;
import quorum.mail.SourceRef;

class TreeRowsTest {
  static Message message(String key, String from, String subject) {
    return new Message(new MessageKey(key), Optional.of(new MessageId(key)),
        Participant.of(from, from.toLowerCase(java.util.Locale.ROOT) + "@example.org"),
        AuthorSource.HEADER, Optional.empty(), subject, List.of(), List.of(), "text of " + key,
        List.of(Authored.of(LineSpan.of(1, 1), "text of " + key)), List.of(), Provenance.HEADERS,
        SourceRef.of(Path.of("x.mbox")));
  }

  /** A chain m0 <- m1 <- ... as deep as asked. */
  static Discussion chain(int depth) {
    List<Message> messages = new ArrayList<>();
    Map<MessageKey, ReplyNode> nodes = new HashMap<>();
    for (int i = 0; i < depth; i++) {
      MessageKey k = new MessageKey("k" + i);
      messages.add(message("k" + i, i % 2 == 0 ? "Ann" : "Bob", i == 0 ? "[PATCH v3] x" : "Re: x"));
      nodes.put(k, i == 0 ? new ReplyNode(k, Optional.empty(), 0, Link.ROOT, false)
          : new ReplyNode(k, Optional.of(new MessageKey("k" + (i - 1))), i, Link.IN_REPLY_TO, false));
    }
    return new Discussion("[PATCH v3] x", messages, new ReplyTree(List.of(new MessageKey("k0")), nodes));
  }

  @Test
  void deepThreadsNeedNoDeepStack() {
    ThreadReport r = ThreadReport.of(chain(2_000));
    assertThat(r.tree()).hasSize(2_000);
    assertThat(r.tree().get(1_999).level()).isEqualTo(1_999);
    assertThat(r.entries().get(1_999).version()).contains(3); // inherited down the chain
    String html = new HtmlReport().render(List.of(r));
    assertThat(html).contains("(depth 1999)");
    assertThat(new MarkdownReport().render(List.of(r))).contains("(depth 1999)");
  }

  @Test
  void ghostsKeepTheirPlaceAndOrphansAreShown() {
    MessageKey ghost = new MessageKey("ghost@x");
    Message a = message("a", "Ann", "Re: topic");
    Message b = message("b", "Bob", "Re: topic");
    Map<MessageKey, ReplyNode> nodes = Map.of(
        ghost, new ReplyNode(ghost, Optional.empty(), 0, Link.ROOT, true),
        a.key(), new ReplyNode(a.key(), Optional.of(ghost), 1, Link.REFERENCES, false));
    Discussion d = new Discussion("topic", List.of(a, b), new ReplyTree(List.of(ghost), nodes));
    List<TreeRows.Row> rows = ThreadReport.of(d).tree();
    assertThat(rows).extracting(TreeRows.Row::key).containsExactly(ghost, a.key(), b.key());
    assertThat(rows.get(0).message()).isEmpty();
    assertThat(rows).extracting(TreeRows.Row::level).containsExactly(0, 1, 0);
  }

  @Test
  void participantsCountedByAddressMostFirst() {
    ThreadReport r = ThreadReport.of(chain(5));
    assertThat(r.participants()).extracting(p -> p.who().name(), Participation::messages)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", 3),
            org.assertj.core.groups.Tuple.tuple("Bob", 2));
  }
}
