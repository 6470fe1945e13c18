package quorum.index.schema;

import java.util.Arrays;

/**
 * Terms (exact characters) to what {@link CachedNormalizer} made of them, for a lookup per
 * token that touches little memory: the slots hold a hash and an entry's place, and the entries
 * sit one after the other in one {@code char} array (key length, value length, key, value), so a
 * hit reads two arrays instead of following two references per probe, as Lucene's {@code
 * CharArrayMap} (used before) does, besides hashing and comparing by code point there. A term
 * that normalizes to itself (most of them) stores no value, and the caller copies nothing.
 * Equal keys are equal {@code char} sequences, as they were there.
 *
 * <p>Bounded by {@code maxTerms} entries and {@link #MAX_CHARS} characters: {@link #full()}
 * says when the caller should {@link #clear()} it.
 */
final class TermTable {
  /** Characters the entries may take (two per entry besides the texts): 2 MB. */
  static final int MAX_CHARS = 1 << 20;
  /** The longest key or value an entry holds (its length is one {@code char}). */
  static final int MAX_LENGTH = Character.MAX_VALUE;
  /** A value length meaning "the same as the key". */
  private static final char SAME = Character.MAX_VALUE;
  private static final int INITIAL_SLOTS = 1 << 11;

  private final int maxTerms;
  /**
   * Two ints per slot, side by side so a probe reads one place: the hash, then 0 when the slot
   * is empty, else the entry's start in {@link #chars} plus one.
   */
  private int[] slots;
  /** 32 minus log2 of the number of slots. */
  private int shift;
  private char[] chars = new char[1 << 14];
  private int used;
  private int size;

  TermTable(int maxTerms) {
    this.maxTerms = maxTerms;
    allocate(INITIAL_SLOTS);
  }

  int size() {
    return size;
  }

  /** Whether an entry of these lengths may not be added before a {@link #clear()}. */
  boolean full(int keyLength, int valueLength) {
    return size >= maxTerms || used + 2 + keyLength + valueLength > MAX_CHARS;
  }

  /** The hash {@link #find} and {@link #put} take for {@code text[0, len)}. */
  static int hash(char[] text, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + text[i];
    }
    return h * 0x9E3779B9;  // Fibonacci hashing: the high bits pick the slot
  }

  /** The entry of the key {@code text[0, len)}, or -1. */
  int find(char[] text, int len, int hash) {
    int mask = slots.length - 1;
    for (int i = (hash >>> shift) << 1; ; i = (i + 2) & mask) {
      int e = slots[i + 1] - 1;
      if (e < 0) {
        return -1;
      }
      if (slots[i] == hash && chars[e] == len
          && Arrays.equals(chars, e + 2, e + 2 + len, text, 0, len)) {
        return e;
      }
    }
  }

  /** Whether the entry's value is its key. */
  boolean same(int entry) {
    return chars[entry + 1] == SAME;
  }

  /** The characters the entries are in (valid until the next {@link #put}). */
  char[] chars() {
    return chars;
  }

  /** Where the entry's value starts in {@link #chars()} (when not {@link #same}). */
  int valueStart(int entry) {
    return entry + 2 + chars[entry];
  }

  int valueLength(int entry) {
    return chars[entry + 1];
  }

  /**
   * Adds a key that is not in the table ({@code hash} is {@link #hash} of it), unless it is
   * {@link #full}; both lengths at most {@link #MAX_LENGTH} - 1. Returns the entry.
   */
  int put(char[] key, int keyLength, char[] value, int valueLength, int hash) {
    if (keyLength >= MAX_LENGTH || valueLength >= MAX_LENGTH) {
      throw new IllegalArgumentException("term too long: " + keyLength + ", " + valueLength);
    }
    boolean same = keyLength == valueLength
        && Arrays.equals(key, 0, keyLength, value, 0, valueLength);
    int stored = same ? 0 : valueLength;
    if (full(keyLength, stored)) {
      throw new IllegalStateException("full: " + size + " terms, " + used + " characters");
    }
    if (4 * (size + 1) > slots.length) {  // at most half the slots taken
      grow();
    }
    int need = used + 2 + keyLength + stored;
    if (need > chars.length) {
      chars = Arrays.copyOf(chars, Math.min(MAX_CHARS, Math.max(need, 2 * chars.length)));
    }
    int e = used;
    chars[e] = (char) keyLength;
    chars[e + 1] = same ? SAME : (char) valueLength;
    System.arraycopy(key, 0, chars, e + 2, keyLength);
    System.arraycopy(value, 0, chars, e + 2 + keyLength, stored);
    used = need;
    insert(e, hash);
    size++;
    return e;
  }

  /** Forgets every term, keeping the room. */
  void clear() {
    Arrays.fill(slots, 0);
    used = 0;
    size = 0;
  }

  private void insert(int entry, int hash) {
    int mask = slots.length - 1;
    int i = (hash >>> shift) << 1;
    while (slots[i + 1] != 0) {
      i = (i + 2) & mask;
    }
    slots[i] = hash;
    slots[i + 1] = entry + 1;
  }

  private void grow() {
    int[] old = slots;
    allocate(old.length);  // twice the slots: two ints each
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        insert(old[i + 1] - 1, old[i]);
      }
    }
  }

  private void allocate(int count) {
    slots = new int[2 * count];
    shift = Integer.numberOfLeadingZeros(count) + 1;
  }
}
