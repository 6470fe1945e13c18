package quorum.index.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResultLineTest {
  @Test
  void decodesWhatItEncodedWithEmptyAndLongAndNonAsciiValues() {
    ResultLine line = new ResultLine("20230110.abc@kernel.org", "Re: Høiland ".repeat(40), "",
        "toke@redhat.com", "", Fields.PROVENANCE_QUOTED);
    byte[] bytes = line.encode();
    byte[] padded = new byte[bytes.length + 7];
    System.arraycopy(bytes, 0, padded, 3, bytes.length);
    assertThat(ResultLine.decode(padded, 3, bytes.length)).isEqualTo(line);
    String[] values = {line.key(), line.subject(), line.fromName(), line.fromAddress(),
        line.dateText(), line.provenance()};
    for (int i = 0; i < values.length; i++) {
      assertThat(ResultLine.field(padded, 3, bytes.length, i)).as("value %d", i).isEqualTo(values[i]);
    }
  }

  @Test
  void tellsBlankValuesAsStringIsBlankDoes() {
    for (String subject : new String[] {"", " ", "\t \n", "\u2003", " x", "Re: \u2003", "\u00a0", "ø"}) {
      byte[] bytes = new ResultLine("k", subject, "", "", "", "").encode();
      assertThat(ResultLine.isBlank(bytes, 0, bytes.length, 1)).as("'%s'", subject)
          .isEqualTo(subject.isBlank());
    }
  }

  @Test
  void refusesTruncatedOrForeignBytes() {
    byte[] bytes = new ResultLine("k", "subject", "n", "a", "d", "mail").encode();
    assertThatThrownBy(() -> ResultLine.decode(bytes, 0, bytes.length - 1))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] foreign = Arrays.copyOf(bytes, bytes.length);
    foreign[0] = 9;
    assertThatThrownBy(() -> ResultLine.decode(foreign, 0, foreign.length))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
