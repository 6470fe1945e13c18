package quorum.index.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TermTable} answers as a map from the exact characters of a term does. */
class TermTableTest {
  private static String value(TermTable table, String key, int entry) {
    if (table.same(entry)) {
      return key;
    }
    int start = table.valueStart(entry);
    return new String(table.chars(), start, table.valueLength(entry));
  }

  @Test
  void answersAsAMapOfStringsThroughGrowthAndClearing() {
    Random random = new Random(7);
    TermTable table = new TermTable(5000);
    Map<String, String> expected = new HashMap<>();
    String alphabet = "abcz_.-9ßøΣ\uD83D\uDE00\uD83D\uDE01\uDE00\uD83D";
    int clears = 0;
    for (int round = 0; round < 60_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(round % 100 == 0 ? 300 : 7);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String key = sb.toString();
      char[] buf = Arrays.copyOf(key.toCharArray(), key.length() + 20);  // only [0, len) is the key
      buf[key.length()] = 'x';
      int hash = TermTable.hash(buf, key.length());
      assertThat(hash).isEqualTo(TermTable.hash(key.toCharArray(), key.length()));
      int e = table.find(buf, key.length(), hash);
      assertThat(e < 0 ? null : value(table, key, e)).as(key).isEqualTo(expected.get(key));
      if (e < 0) {
        String value = random.nextBoolean() ? key : key.toUpperCase() + round;
        char[] v = Arrays.copyOf(value.toCharArray(), value.length() + 3);
        if (table.full(key.length(), value.length())) {
          table.clear();
          expected.clear();
          clears++;
        }
        e = table.put(buf, key.length(), v, value.length(), hash);
        expected.put(key, value);
        assertThat(value(table, key, e)).isEqualTo(value);
      }
      assertThat(table.size()).isEqualTo(expected.size());
    }
    assertThat(clears).isGreaterThan(5);
  }

  @Test
  void boundedByTermsAndCharacters() {
    TermTable table = new TermTable(2);
    for (String k : new String[] {"a", "b"}) {
      table.put(k.toCharArray(), 1, k.toCharArray(), 1, TermTable.hash(k.toCharArray(), 1));
    }
    assertThat(table.full(1, 1)).isTrue();
    assertThatThrownBy(() -> table.put(new char[] {'c'}, 1, new char[] {'c'}, 1,
        TermTable.hash(new char[] {'c'}, 1))).isInstanceOf(IllegalStateException.class);
    table.clear();
    assertThat(table.find(new char[] {'a'}, 1, TermTable.hash(new char[] {'a'}, 1))).isNegative();
    assertThat(table.size()).isZero();
    assertThat(table.full(TermTable.MAX_LENGTH - 1, TermTable.MAX_LENGTH - 1)).isFalse();
    assertThat(new TermTable(1 << 30).full(TermTable.MAX_CHARS, 0)).isTrue();
  }
}
