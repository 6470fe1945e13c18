package quorum.ingest.quote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.ingest.internal.Whitespace;
import quorum.mail.AuthorSource;
import quorum.mail.Authored;
import quorum.mail.LineSpan;
import quorum.mail.Message;
import quorum.mail.MessageId;
import quorum.mail.MessageKey;
import quorum.mail.Patch;
import quorum.mail.Provenance;
import quorum.mail.Quoted;
import quorum.mail.Segment;
import quorum.mail.Signature;
import quorum.mail.Snip;
import quorum.mail.SourceRef;
import quorum.mail.Trailer;

/**
 * Turns one attributed quote level into a message of its own ({@link Provenance#QUOTED_ONLY}):
 * its text re-based to depth 0 (quoted prose becomes the author's own {@link Authored} text;
 * patches, trailers, snips and signatures keep their kind), the author and date from the
 * attribution, and a stable key derived from author and text.
 */
final class QuotedMessage {
  static final String KEY_PREFIX = MessageKey.SYNTHETIC_PREFIX + "q:";

  private QuotedMessage() {}

  static Message of(QuoteLevels.Level level, Optional<MessageId> id, Optional<MessageKey> key,
      String subject, SourceRef source) {
    StringBuilder body = new StringBuilder();
    List<Segment> segments = new ArrayList<>();
    int line = 1;
    for (Segment s : level.segments) {
      String text = s.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (body.length() > 0) {
        body.append("\n\n");
        line++;
      }
      int count = (int) text.lines().count();
      LineSpan span = LineSpan.of(line, line + count - 1);
      segments.add(rebase(s, span, text));
      body.append(text);
      line += count;
    }
    MessageKey k = key.orElseGet(() -> keyOf(level));
    // an attribution that names nobody ("Quoting (date):") leaves the author to inference
    AuthorSource authorSource = level.attribution.who().isUnknown()
        ? AuthorSource.UNKNOWN : AuthorSource.ATTRIBUTION;
    return new Message(k, id, level.attribution.who(), authorSource,
        level.attribution.date(), subject, List.of(), List.of(), body.toString(), segments,
        List.of(), Provenance.QUOTED_ONLY, source);
  }

  private static Segment rebase(Segment s, LineSpan span, String text) {
    if (s instanceof Patch) {
      return new Patch(span, 0, s.text());
    } else if (s instanceof Trailer t) {
      return new Trailer(span, 0, text, t.tag(), t.who());
    } else if (s instanceof Snip) {
      return new Snip(span, 0, text);
    } else if (s instanceof Signature) {
      return new Signature(span, 0, text);
    }
    return Authored.of(span, text);
  }

  /** {@code quorum:q:} and a hash of the author and the level's text: same quote, same key. */
  static MessageKey keyOf(QuoteLevels.Level level) {
    String author = level.attribution.who().display().strip().toLowerCase(Locale.ROOT);
    String text = String.join("\n", lines(level));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((author + "\n" + text).getBytes(StandardCharsets.UTF_8));
      return new MessageKey(KEY_PREFIX + HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The level's prose lines, whitespace collapsed, lower case: for comparing quotes. */
  static Set<String> lines(QuoteLevels.Level level) {
    if (level.lines != null) {
      return level.lines;
    }
    Set<String> out = new LinkedHashSet<>();
    for (Segment s : level.segments) {
      if (s instanceof Quoted || s instanceof Patch) {
        addLines(s.text(), out);
      }
    }
    level.lines = java.util.Collections.unmodifiableSet(out);
    return level.lines;
  }

  static void addLines(String text, Set<String> out) {
    for (String l : text.split("\n")) {
      String n = normalize(l);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
  }

  static String normalize(String line) {
    return Whitespace.collapse(line).toLowerCase(Locale.ROOT);
  }
}
