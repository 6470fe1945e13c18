package quorum.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharsetsTest {
  private final List<String> warnings = new ArrayList<>();

  @Test
  void trustsADeclaredCharsetThatFits() {
    byte[] latin1 = "K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Charsets.decodeBody(latin1, "ISO-8859-1", warnings::add)).isEqualTo("K\u00f6ln");
    assertThat(warnings).isEmpty();
  }

  @Test
  void fallsBackToWindows1252WhenNeitherDeclaredNorUtf8Fits() {
    byte[] cp1252 = "\u201cquoted\u201d".getBytes(Charsets.WINDOWS_1252);
    assertThat(Charsets.decodeBody(cp1252, "utf-8", warnings::add)).isEqualTo("\u201cquoted\u201d");
    assertThat(warnings).containsExactly(
        "text declared charset \"utf-8\" but its bytes are not utf-8; decoded as windows-1252");
  }

  @Test
  void readsUtf8MislabelledAsLatin1AsUtf8() {
    byte[] utf8 = "J\u00f6rg".getBytes(StandardCharsets.UTF_8);
    assertThat(Charsets.decodeBody(utf8, "iso-8859-1", warnings::add)).isEqualTo("J\u00f6rg");
    assertThat(warnings).containsExactly(
        "text declared charset \"iso-8859-1\" but is UTF-8; decoded as UTF-8");
  }

  @Test
  void warnsOnAnUnknownCharset() {
    byte[] utf8 = "caf\u00e9".getBytes(StandardCharsets.UTF_8);
    assertThat(Charsets.decodeBody(utf8, "x-klingon", warnings::add)).isEqualTo("caf\u00e9");
    assertThat(warnings).containsExactly("unknown charset \"x-klingon\"; decoded as UTF-8");
  }

  @Test
  void decodesUndeclared8BitSilently() {
    byte[] latin1 = "na\u00efve".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Charsets.decodeBody(latin1, null, warnings::add)).isEqualTo("na\u00efve");
    assertThat(warnings).isEmpty();
  }
}
