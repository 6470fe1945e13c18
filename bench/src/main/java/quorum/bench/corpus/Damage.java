package quorum.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * The broken messages every real archive holds, one kind per damaged message: no header at
 * all, an unparseable Date, a multipart whose boundary never closes, base64 that is not,
 * Latin-1 bytes declared UTF-8, a message cut short, and one with neither Message-ID nor From.
 */
final class Damage {
  static final int KINDS = 7;

  private Damage() {}

  static byte[] apply(Random r, byte[] raw, int kind) {
    String s = new String(raw, StandardCharsets.UTF_8);
    int body = s.indexOf("\n\n");
    switch (kind) {
      case 0:
        return body < 0 ? raw : s.substring(body + 2).getBytes(StandardCharsets.UTF_8);
      case 1:
        return s.replaceFirst("(?m)^Date: [^\n]*", "Date: sometime after the merge window")
            .getBytes(StandardCharsets.UTF_8);
      case 2:
        return (s.substring(0, body).replaceFirst("(?m)^Content-Type: [^\n]*(\n\t[^\n]*)*",
            "Content-Type: multipart/mixed; boundary=\"never-closed\"") + "\n\n--never-closed\n"
            + "Content-Type: text/plain\n\n" + s.substring(body + 2)).getBytes(StandardCharsets.UTF_8);
      case 3:
        return (s.substring(0, body).replaceFirst("(?m)^Content-Transfer-Encoding: [^\n]*",
            "Content-Transfer-Encoding: base64") + "\n\n!!not*base64 at all~~\n" + s.substring(body + 2))
            .getBytes(StandardCharsets.UTF_8);
      case 4: {
        byte[] latin = s.substring(body).getBytes(StandardCharsets.ISO_8859_1);
        byte[] head = s.substring(0, body).replaceFirst("charset=us-ascii", "charset=utf-8")
            .getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(head, head.length + latin.length + 12);
        System.arraycopy(latin, 0, out, head.length, latin.length);
        System.arraycopy("\ncaf\u00e9 na\u00efve\n".getBytes(StandardCharsets.ISO_8859_1), 0, out,
            head.length + latin.length, 12);
        return out;
      }
      case 5:
        return Arrays.copyOf(raw, Math.max(body + 2, raw.length / 2 + r.nextInt(raw.length / 4 + 1)));
      default:
        return s.replaceFirst("(?m)^Message-ID: [^\n]*\n", "").replaceFirst("(?m)^From: [^\n]*\n", "")
            .getBytes(StandardCharsets.UTF_8);
    }
  }
}
