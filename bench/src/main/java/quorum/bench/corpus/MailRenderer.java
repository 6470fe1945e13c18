package quorum.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import quorum.bench.corpus.People.Person;

/**
 * Renders a planned message with the header block a list archive really holds: Return-Path,
 * folded Received and DKIM-Signature fields, Date, From/To/Cc (RFC 2047 for non-ASCII names),
 * Subject, Message-ID, In-Reply-To, folded References, MIME fields, mailer and list fields.
 */
final class MailRenderer {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
  static final String LIST = "bench@lists.example.org";

  private MailRenderer() {}

  static byte[] render(Random r, Planned m, Person parentAuthor, List<Person> cc, Mime.Part part) {
    StringBuilder h = new StringBuilder(2048);
    String date = m.date().format(DATE);
    h.append("Return-Path: <bench+bounces-").append(r.nextInt(99_999)).append('-')
        .append(m.author().address().replace('@', '=')).append("@lists.example.org>\n");
    received(h, r, m.date(), "smtp.lists.example.org", "mx.example.org");
    received(h, r, m.date().minusSeconds(2), "mx.example.org", "mail." + domain(m.author()));
    if (r.nextInt(10) < 6) {
      dkim(h, r, m);
    }
    h.append("Date: ").append(date).append(r.nextInt(8) == 0 ? " (CET)" : "").append('\n');
    h.append("From: ").append(address(r, m.author())).append('\n');
    h.append("To: ").append(parentAuthor == null ? LIST : address(r, parentAuthor)).append('\n');
    if (!cc.isEmpty() || parentAuthor != null) {
      h.append("Cc: ");
      for (int i = 0; i < cc.size(); i++) {
        h.append(address(r, cc.get(i))).append(",\n\t");
      }
      h.append(LIST).append('\n');
    }
    h.append("Subject: ").append(Mime.encodedWord(m.subject(), r.nextBoolean())).append('\n');
    h.append("Message-ID: <").append(m.messageId()).append(">\n");
    if (!m.references().isEmpty()) {
      h.append("In-Reply-To: <").append(m.references().get(m.references().size() - 1)).append(">\n");
      h.append("References:");
      for (String ref : m.references()) {
        h.append(" <").append(ref).append(">\n");
      }
    }
    h.append("MIME-Version: 1.0\n").append(part.headers());
    h.append(Vocabulary.pick(r, "User-Agent: Mutt/2.2.12 (2023-09-09)",
        "X-Mailer: git-send-email 2.43.0", "User-Agent: Mozilla Thunderbird",
        "User-Agent: Gnus/5.13 (Gnus v5.13)", "X-Mailer: Evolution 3.50.2")).append('\n');
    h.append("List-Id: <bench.lists.example.org>\nList-Unsubscribe: <mailto:bench+unsubscribe@lists.example.org>\n");
    h.append("Precedence: bulk\n\n");
    return (h + part.body()).getBytes(StandardCharsets.UTF_8);
  }

  private static String address(Random r, Person p) {
    String name = Mime.encodedWord(p.name(), r.nextInt(3) == 0);
    boolean quote = name.equals(p.name()) && r.nextInt(4) == 0;
    return (quote ? "\"" + name + "\"" : name) + " <" + p.address() + ">";
  }

  private static String domain(Person p) {
    return p.address().substring(p.address().indexOf('@') + 1);
  }

  private static void received(StringBuilder h, Random r, ZonedDateTime when, String by, String from) {
    h.append("Received: from ").append(from).append(" (").append(from).append(" [10.")
        .append(r.nextInt(256)).append('.').append(r.nextInt(256)).append('.').append(r.nextInt(256))
        .append("])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\tby ")
        .append(by).append(" (Postfix) with ESMTPS id ")
        .append(String.format(Locale.ROOT, "%010X", r.nextLong() & 0xffffffffffL))
        .append("\n\tfor <").append(LIST).append(">; ").append(when.format(DATE)).append('\n');
  }

  private static void dkim(StringBuilder h, Random r, Planned m) {
    byte[] bh = new byte[32];
    byte[] b = new byte[128];
    r.nextBytes(bh);
    r.nextBytes(b);
    String sig = Base64.getEncoder().encodeToString(b);
    h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=").append(domain(m.author()))
        .append("; s=s2048;\n\tt=").append(m.date().toEpochSecond())
        .append("; h=from:to:cc:subject:date:message-id:in-reply-to:references;\n\tbh=")
        .append(Base64.getEncoder().encodeToString(bh)).append(";\n\tb=")
        .append(sig, 0, 64).append("\n\t ").append(sig, 64, 128).append("\n\t ")
        .append(sig.substring(128)).append('\n');
  }
}
