package quorum.ingest.mime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns body bytes into text the way mail needs: trust the declared charset when the bytes fit
 * it; otherwise try UTF-8, then windows-1252 (which covers Latin-1 and every byte), and say so.
 */
public final class Charsets {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Charsets() {}

  /** Bytes of unknown charset: UTF-8 when valid, else windows-1252 (never fails). */
  public static String decodeLenient(byte[] raw, int off, int len) {
    return decodeHeaderBytes(raw, off, len);
  }

  /** Header bytes: UTF-8 (RFC 6532) when valid, else windows-1252; ASCII is the common case. */
  static String decodeHeaderBytes(byte[] raw, int off, int len) {
    boolean ascii = true;
    for (int i = off; i < off + len; i++) {
      if (raw[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(raw, off, len, StandardCharsets.ISO_8859_1);
    }
    return strict(raw, off, len, StandardCharsets.UTF_8)
        .orElseGet(() -> new String(raw, off, len, WINDOWS_1252));
  }

  /**
   * Decodes a text part. {@code declared} is the charset parameter, or null when absent (then
   * RFC 2045's US-ASCII default is taken loosely: UTF-8, else windows-1252, silently, because
   * undeclared 8-bit text is everyday mail). A declared charset that the bytes do not fit, or
   * that Java does not know, costs a warning passed to {@code warn}.
   */
  static String decodeBody(byte[] bytes, String declared, Consumer<String> warn) {
    if (declared == null || declared.isBlank()) {
      return fallback(bytes);
    }
    String name = declared.strip();
    Optional<Charset> cs = lookup(name);
    if (cs.isEmpty()) {
      String text = fallback(bytes);
      warn.accept("unknown charset \"" + name + "\"; decoded as " + fallbackName(bytes));
      return text;
    }
    Charset charset = cs.get();
    if (isAscii(bytes)) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    if (isSingleByteLatin(charset) && looksLikeUtf8(bytes)) {
      // Declared Latin-1 but the bytes form multi-byte UTF-8 sequences: a mislabelled UTF-8
      // part (real Latin-1 text almost never forms valid UTF-8 sequences).
      warn.accept("text declared charset \"" + name + "\" but is UTF-8; decoded as UTF-8");
      return new String(bytes, StandardCharsets.UTF_8);
    }
    Optional<String> text = strict(bytes, 0, bytes.length, charset);
    if (text.isPresent()) {
      return text.get();
    }
    String used = fallbackName(bytes);
    warn.accept("text declared charset \"" + name + "\" but its bytes are not " + name
        + "; decoded as " + used);
    return fallback(bytes);
  }

  static Optional<Charset> lookup(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static String fallback(byte[] bytes) {
    return strict(bytes, 0, bytes.length, StandardCharsets.UTF_8)
        .orElseGet(() -> new String(bytes, WINDOWS_1252));
  }

  private static String fallbackName(byte[] bytes) {
    return strict(bytes, 0, bytes.length, StandardCharsets.UTF_8).isPresent()
        ? "UTF-8" : "windows-1252";
  }

  private static boolean isSingleByteLatin(Charset cs) {
    String n = cs.name().toLowerCase(Locale.ROOT);
    return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("iso-8859-15");
  }

  private static boolean looksLikeUtf8(byte[] bytes) {
    return strict(bytes, 0, bytes.length, StandardCharsets.UTF_8).isPresent();
  }

  static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  static Optional<String> strict(byte[] raw, int off, int len, Charset cs) {
    try {
      CharBuffer out = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw, off, len));
      return Optional.of(out.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
