package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-line tests that every body line goes through answer without copying the line when
 * it cannot be one of theirs ({@link HeaderBlocks#mayOpenSeparator}, {@link HeaderBlocks#key},
 * {@link SignatureRules#coreLength}, {@link LineClassifier#endsWithColon}). Each must answer as
 * the plain form it shortcuts, kept here as the reference, on edge cases (asterisks, whitespace,
 * letters that lowercase to two characters, fullwidth colons) and on many random lines.
 */
class LineFastPathsTest {
  private static final String[] PIECES = {
      "-", "--", "-----", "_", "____", "=", "===", "*", "**", " ", "\t", "\u00a0", "\u2003",
      "b", "B", "begin", "BEGIN", "Begin forwarded message:", "Original Message", "original message",
      "-----Original Message-----", "Forwarded message", "Ursprüngliche Nachricht", "End of",
      "İ", "\u0130stanbul", "Σ", "\ud83d\ude00", "From:", "from: ", "Sent:", "To:", "Cc:",
      "Subject:", ":", "\uff1a", "wrote:", "Thanks", "thanks,", "Cheers!", "Best regards", "-",
      ".", "!", ",", "Sent from my iPhone", "sent from ", "Von meinem iPhone gesendet",
      "отправлено с ", "Отправлено с iPhone", "x", "hello world", "a", "Von", "s", "S", "\u0131"};

  private static List<String> lines() {
    List<String> lines = new ArrayList<>(List.of("", " ", "*", "***", "* -----", "*  *-----",
        "  *-----Original Message-----*", "___", "____", "======", "- - -", "  Begin forwarded message:",
        "BEGIN FORWARDED MESSAGE:", "\u0130nfo", "---------- Forwarded message ---------",
        "-- ", "--", "Thanks,", "  Thanks!!! ", "Thanks , . !", "THANKS", "İ", "Merci.",
        "Sent from my iPhone", "sent from my Android device", "   From: A <a@b.c>", "*From:* A",
        "From :", ":", "x:", "On Mon, A wrote:  ", "On Mon, A wrote\uff1a", "wrote:\u00a0"));
    Random r = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(5); k >= 0; k--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      lines.add(b.toString());
    }
    return lines;
  }

  @Test
  void separatorShortcutAnswersAsTheFullTest() {
    for (String line : lines()) {
      assertThat(HeaderBlocks.isSeparator(line)).as(line).isEqualTo(referenceIsSeparator(line));
      String t = line.strip();
      assertThat(HeaderBlocks.originalMessage(t)).as(t)
          .isEqualTo(referenceOriginalMessage(t));
    }
  }

  @Test
  void keyShortcutAnswersAsTheFullTest() {
    for (String line : lines()) {
      assertThat(HeaderBlocks.key(line)).as(line).isEqualTo(referenceKey(line));
    }
  }

  @Test
  void valedictionAndDeviceShortcutsAnswerAsTheFullTests() {
    for (String line : lines()) {
      assertThat(SignatureRules.isValediction(line)).as(line)
          .isEqualTo(referenceIsValediction(line));
      assertThat(SignatureRules.isDeviceLine(line)).as(line)
          .isEqualTo(referenceIsDeviceLine(line));
    }
    assertThat(SignatureRules.isValediction("  Thanks!!! ")).isTrue();
    assertThat(SignatureRules.isDeviceLine("Sent from my iPhone")).isTrue();
  }

  @Test
  void colonShortcutAnswersAsStripTrailing() {
    for (String line : lines()) {
      String t = line.stripTrailing();
      assertThat(LineClassifier.endsWithColon(line)).as(line)
          .isEqualTo(t.endsWith(":") || t.endsWith("\uff1a"));
    }
  }

  // --- the tests as they were before the shortcuts ---

  private static boolean referenceIsSeparator(String content) {
    String t = content.strip().replace("*", "");
    if (t.length() > 120) {
      return false;
    }
    if (referenceOriginalMessage(t)) {
      return true;
    }
    if (t.length() < 4) {
      return false;
    }
    char c = t.charAt(0);
    if (c != '-' && c != '_' && c != '=') {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }

  private static boolean referenceOriginalMessage(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    if (l.length() > 120) {
      return false;
    }
    boolean phrase = l.contains("original message") || l.contains("ursprüngliche nachricht")
        || l.contains("message d'origine") || l.contains("mensaje original")
        || l.contains("messaggio originale") || l.contains("oorspronkelijk bericht")
        || l.contains("forwarded message") || l.contains("weitergeleitete nachricht")
        || l.contains("message original") || l.contains("mensagem original")
        || l.contains("исходное сообщение") || l.equals("begin forwarded message:");
    return phrase && !l.contains("end of") && !l.contains("ende der")
        && (l.startsWith("-") || l.startsWith("begin") || l.startsWith("_"));
  }

  private static java.util.Optional<HeaderBlocks.Key> referenceKey(String content) {
    String t = content.strip().replace("*", "");
    int colon = t.indexOf(':');
    if (colon < 1 || colon > 24) {
      return java.util.Optional.empty();
    }
    // the same table: only the shortcut before it is under test
    return HeaderBlocks.key(t.substring(0, colon + 1));
  }

  private static boolean referenceIsValediction(String content) {
    String t = content.strip().toLowerCase(Locale.ROOT);
    while (!t.isEmpty() && ",.!-".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return List.of("thanks", "thank you", "thanks a lot", "many thanks", "thanks again", "thx",
        "cheers", "regards", "best regards", "kind regards", "warm regards", "best",
        "best wishes", "br", "sincerely", "yours", "greetings", "ciao", "gruß", "grüße",
        "viele grüße", "beste grüße", "mit freundlichen grüßen", "cordialement", "merci",
        "saludos", "saluti", "groeten", "hälsningar", "pozdrawiam", "с уважением", "спасибо",
        "thanks in advance", "take care").contains(t);
  }

  private static boolean referenceIsDeviceLine(String content) {
    String t = content.strip();
    if (t.length() > 100) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (String p : new String[] {"sent from my ", "sent from ", "sent with ", "sent via ",
        "get outlook for ", "von meinem ", "envoyé de mon ", "enviado desde mi ",
        "enviado do meu ", "inviato da ", "verzonden vanaf mijn ", "skickat från min ",
        "отправлено с "}) {
      if (lower.startsWith(p)) {
        String rest = t.substring(p.length()).strip();
        int paren = rest.indexOf('(');
        if (paren > 0 && rest.endsWith(")")) {
          rest = rest.substring(0, paren).strip();
        }
        if (rest.isEmpty() || rest.indexOf(',') >= 0 || rest.indexOf(';') >= 0
            || rest.endsWith(".") || rest.endsWith("?") || rest.endsWith("!")) {
          return false;
        }
        int words = rest.split(" ").length;
        boolean my = p.equals("sent from my ");
        boolean named = Character.isUpperCase(rest.charAt(0)) || rest.startsWith("i");
        return my ? words <= 4 : words <= 6 && (named || !p.startsWith("sent"));
      }
    }
    return false;
  }
}
