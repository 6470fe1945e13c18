package quorum.bench.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;

/**
 * MIME shapes of generated mail, in proportions like a kernel list's: plain 7/8-bit text
 * mostly, then quoted-printable, base64 text, multipart/mixed with an attachment,
 * multipart/alternative with HTML, and multipart/signed; plus RFC 2047 encoded words for
 * header text that is not ASCII.
 */
final class Mime {
  /** Content header fields and the body that goes under them. */
  record Part(String headers, String body) {}

  private static final Base64.Encoder MIME_BASE64 = Base64.getMimeEncoder(76, new byte[] {'\n'});

  private Mime() {}

  static Part wrap(Random r, String text, int serial) {
    int roll = r.nextInt(100);
    String boundary = String.format(Locale.ROOT, "=_bench_%08x_%d", r.nextInt(), serial);
    if (roll < 70) {
      return plain(text);
    } else if (roll < 80) {
      return new Part("Content-Type: text/plain; charset=utf-8\n"
          + "Content-Transfer-Encoding: quoted-printable\n", quotedPrintable(text));
    } else if (roll < 84) {
      return new Part("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n",
          base64(text.getBytes(StandardCharsets.UTF_8)));
    } else if (roll < 92) {
      return mixed(r, text, boundary);
    } else if (roll < 97) {
      return alternative(text, boundary);
    }
    return signed(r, text, boundary);
  }

  private static Part plain(String text) {
    boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
    return new Part("Content-Type: text/plain; charset=" + (ascii ? "us-ascii" : "utf-8") + "\n"
        + "Content-Transfer-Encoding: " + (ascii ? "7bit" : "8bit") + "\n", text);
  }

  private static Part mixed(Random r, String text, String boundary) {
    StringBuilder b = new StringBuilder("This is a multi-part message in MIME format.\n\n");
    b.append("--").append(boundary).append('\n').append(plain(text).headers()).append('\n')
        .append(text).append('\n');
    b.append("--").append(boundary).append('\n');
    if (r.nextBoolean()) {
      b.append("Content-Type: text/x-patch; charset=us-ascii; name=\"fix.patch\"\n"
          + "Content-Disposition: inline; filename=\"fix.patch\"\n\n").append(Patches.diff(r));
    } else {
      byte[] blob = new byte[512 + r.nextInt(2048)];
      r.nextBytes(blob);
      b.append("Content-Type: application/octet-stream; name=\"config.gz\"\n"
          + "Content-Disposition: attachment; filename=\"config.gz\"\n"
          + "Content-Transfer-Encoding: base64\n\n").append(base64(blob));
    }
    b.append("--").append(boundary).append("--\n");
    return new Part("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n", b.toString());
  }

  private static Part alternative(String text, String boundary) {
    String html = "<html><body><p>" + text.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;").replace("\n\n", "</p>\n<p>") + "</p></body></html>\n";
    String b = "--" + boundary + "\nContent-Type: text/plain; charset=utf-8\n"
        + "Content-Transfer-Encoding: quoted-printable\n\n" + quotedPrintable(text)
        + "\n--" + boundary + "\nContent-Type: text/html; charset=utf-8\n"
        + "Content-Transfer-Encoding: quoted-printable\n\n" + quotedPrintable(html)
        + "\n--" + boundary + "--\n";
    return new Part("Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\n", b);
  }

  private static Part signed(Random r, String text, String boundary) {
    byte[] sig = new byte[310];
    r.nextBytes(sig);
    String b = "--" + boundary + "\n" + plain(text).headers() + "\n" + text + "\n--" + boundary
        + "\nContent-Type: application/pgp-signature; name=\"signature.asc\"\n\n"
        + "-----BEGIN PGP SIGNATURE-----\n\n" + base64(sig) + "-----END PGP SIGNATURE-----\n"
        + "\n--" + boundary + "--\n";
    return new Part("Content-Type: multipart/signed; micalg=pgp-sha256;\n"
        + "\tprotocol=\"application/pgp-signature\"; boundary=\"" + boundary + "\"\n", b);
  }

  static String base64(byte[] data) {
    return new String(MIME_BASE64.encode(data), StandardCharsets.US_ASCII) + "\n";
  }

  /** RFC 2045 §6.7 quoted-printable of UTF-8 text, soft breaks at 76 columns. */
  static String quotedPrintable(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    for (String line : text.split("\n", -1)) {
      int col = 0;
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i++) {
        int c = bytes[i] & 0xff;
        boolean last = i == bytes.length - 1;
        String enc = (c >= 33 && c <= 126 && c != '=') || (c == ' ' && !last) ? String.valueOf((char) c)
            : String.format(Locale.ROOT, "=%02X", c);
        if (col + enc.length() > 75) {
          out.append("=\n");
          col = 0;
        }
        out.append(enc);
        col += enc.length();
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** Header text as is when ASCII, else one RFC 2047 encoded word (B or Q). */
  static String encodedWord(String text, boolean base64) {
    if (StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
      return text;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (base64) {
      return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(utf8) + "?=";
    }
    ByteArrayOutputStream q = new ByteArrayOutputStream();
    for (byte x : utf8) {
      int c = x & 0xff;
      if (c == ' ') {
        q.write('_');
      } else if (Character.isLetterOrDigit(c) && c < 128) {
        q.write(c);
      } else {
        q.writeBytes(String.format(Locale.ROOT, "=%02X", c).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return "=?utf-8?q?" + q.toString(StandardCharsets.US_ASCII) + "?=";
  }
}
