package quorum.index.internal;

import java.nio.charset.StandardCharsets;

/** Thread ids: positive longs derived from a message key, printed as 16 hex digits. */
public final class ThreadIds {
  private ThreadIds() {}

  /** FNV-1a 64 of the key's UTF-8 bytes, made non-negative. */
  public static long of(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h & Long.MAX_VALUE;
  }

  /** 16 lowercase hex digits (not String.format: a long result list formats one per hit). */
  public static String format(long id) {
    char[] hex = new char[16];
    for (int i = 15; i >= 0; i--, id >>>= 4) {
      hex[i] = HEX[(int) (id & 0xf)];
    }
    return new String(hex);
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** The id printed by {@link #format}, or -1 when {@code text} is not one. */
  public static long parse(String text) {
    if (text.length() != 16) {
      return -1;
    }
    try {
      return Long.parseUnsignedLong(text, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
