package quorum.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageMapper#changeIds} scans the body line by line without splitting it; it must
 * find what reading every stripped line finds (the reference below), in order.
 */
class ChangeIdsTest {
  @Test
  void findsB4AndGerritIdsAtAnyIndentAndCase() {
    assertThat(MessageMapper.changeIds("cover\n\n---\nchange-id: 20230117-kfunc-v2-0c1d\n"
        + "base-commit: abc\n  Change-Id: I8F00\nChange-Id:\nchange-id: has space\n"))
        .containsExactly("20230117-kfunc-v2-0c1d", "i8f00");
    assertThat(MessageMapper.changeIds("Change-Id: Iabc")).containsExactly("iabc");
    assertThat(MessageMapper.changeIds("")).isEmpty();
    assertThat(MessageMapper.changeIds("x change-id: not at the start")).isEmpty();
  }

  @Test
  void answersAsReadingEveryStrippedLine() {
    String[] pieces = {"change-id:", "Change-Id:", "CHANGE-ID: ", " ", "\t", "\n", "\r\n",
        "I8f", "20230117-x", "a b", "x", "change-id", ":", "\u00a0", "İ"};
    Random r = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k >= 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String body = b.toString();
      assertThat(MessageMapper.changeIds(body)).as(body).containsExactlyElementsOf(reference(body));
    }
  }

  private static Set<String> reference(String body) {
    Set<String> ids = new LinkedHashSet<>();
    for (String line : body.split("\n", -1)) {
      String l = line.strip();
      if (l.length() > 10 && l.regionMatches(true, 0, "change-id:", 0, 10)) {
        String v = l.substring(10).strip();
        if (!v.isEmpty() && v.length() <= 200 && v.indexOf(' ') < 0) {
          ids.add(v.toLowerCase(Locale.ROOT));
        }
      }
    }
    return ids;
  }
}
