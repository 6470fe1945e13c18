package quorum.ingest.quote;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import quorum.mail.AttributionStyle;
import quorum.mail.MailDate;
import quorum.mail.Participant;

/**
 * Outlook-style quote headers: an unmarked {@code From: / Sent: / To: / Subject:} block
 * (keys may be bold {@code *From:*} or localized), optionally after a rule or an
 * {@code -----Original Message-----} line. The block says who wrote what follows.
 */
final class HeaderBlocks {
  enum Key { FROM, SENT, TO, CC, SUBJECT, OTHER }

  private static final Map<String, Key> KEYS = keys();
  private static final int MAX_BLOCK = 16;

  private HeaderBlocks() {}

  /** The key of a {@code Key: value} line, if it has a known one. */
  static Optional<Key> key(String content) {
    if (content.indexOf(':') < 0) {
      return Optional.empty();  // most lines: no key, and no need to copy them to find out
    }
    String t = content.strip().replace("*", "");
    int colon = t.indexOf(':');
    if (colon < 1 || colon > 24) {
      return Optional.empty();
    }
    return Optional.ofNullable(KEYS.get(t.substring(0, colon).strip().toLowerCase(Locale.ROOT)));
  }

  static String value(String content) {
    String t = content.strip().replace("*", "");
    return t.substring(t.indexOf(':') + 1).strip();
  }

  /**
   * The number of lines of a header block starting at {@code i} (same raw depth, no blank
   * line inside), or 0. It needs a From line and at least two of Sent/Date, To, Cc, Subject.
   */
  static int length(List<BodyLine> lines, int i) {
    int depth = lines.get(i).depth();
    if (key(lines.get(i).content()).isEmpty()) {
      return 0;
    }
    EnumSet<Key> seen = EnumSet.noneOf(Key.class);
    int continuations = 0;
    int end = i;
    for (int j = i; j < lines.size() && j < i + MAX_BLOCK; j++) {
      BodyLine l = lines.get(j);
      if (l.depth() != depth || l.blank()) {
        break;
      }
      Optional<Key> k = key(l.content());
      if (k.isPresent()) {
        seen.add(k.get());
      } else if (seen.contains(Key.SUBJECT) || ++continuations > 3
          || l.content().length() > 200) {
        break;  // wrapped To:/Cc: lists continue a block; text after Subject: does not
      }
      end = j + 1;
    }
    int others = 0;
    for (Key k : List.of(Key.SENT, Key.TO, Key.CC, Key.SUBJECT)) {
      others += seen.contains(k) ? 1 : 0;
    }
    return seen.contains(Key.FROM) && others >= 2 ? end - i : 0;
  }

  /** A line that may open a header block: a rule or "-----Original Message-----". */
  static boolean isSeparator(String content) {
    if (!mayOpenSeparator(content)) {
      return false;
    }
    String t = content.strip().replace("*", "");
    if (t.length() > 120) {
      return false;
    }
    if (originalMessage(t)) {
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

  /**
   * Whether the first character {@link #isSeparator} looks at (after leading whitespace and
   * asterisks) can start a rule or an original-message line: {@code - _ =} or {@code b/B}
   * ("Begin forwarded message:"). Every line of every body is asked, and almost none is one,
   * so this answers without copying or lowercasing the line; it never says no to a separator.
   */
  static boolean mayOpenSeparator(String content) {
    int i = 0;
    int n = content.length();
    while (i < n && Character.isWhitespace(content.charAt(i))) {
      i++;
    }
    while (i < n && content.charAt(i) == '*') {
      i++;
    }
    if (i == n) {
      return false;
    }
    char c = content.charAt(i);
    return c == '-' || c == '_' || c == '=' || c == 'b' || c == 'B';
  }

  /** "-----Original Message-----", "---------- Forwarded message ---------", translations. */
  static boolean originalMessage(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char first = t.charAt(0);
    if (first != '-' && first != '_' && first != 'b' && first != 'B') {
      return false;  // the phrase must follow a rule or "begin": only these lowercase to one
    }
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

  /** Who and when a header block names. */
  static AttributionParser.Parsed parse(List<BodyLine> lines, int from, int to) {
    Participant who = Participant.UNKNOWN;
    String when = "";
    for (int j = from; j < to; j++) {
      String c = lines.get(j).content();
      Optional<Key> k = key(c);
      if (k.isEmpty()) {
        continue;
      }
      if (k.get() == Key.FROM && who.isUnknown()) {
        who = Addresses.participant(value(c));
      } else if (k.get() == Key.SENT && when.isEmpty()) {
        when = value(c);
      }
    }
    Optional<MailDate> date = when.isEmpty() ? Optional.empty() : LooseDate.parse(when, false);
    return new AttributionParser.Parsed(who, when.isEmpty() ? Optional.empty() : Optional.of(when),
        date, AttributionStyle.HEADER_BLOCK, false);
  }

  private static Map<String, Key> keys() {
    Map<String, Key> m = new java.util.HashMap<>();
    for (String s : new String[] {"from", "von", "de", "da", "van", "från", "fra", "od", "от",
        "寄件者", "发件人", "差出人", "expéditeur"}) {
      m.put(s, Key.FROM);
    }
    for (String s : new String[] {"sent", "date", "gesendet", "datum", "envoyé", "enviado",
        "fecha", "inviato", "data", "verzonden", "skickat", "sendt", "wysłano", "отправлено",
        "дата", "sent on"}) {
      m.put(s, Key.SENT);
    }
    for (String s : new String[] {"to", "an", "à", "a", "para", "aan", "till", "til", "do",
        "кому", "收件者", "收件人"}) {
      m.put(s, Key.TO);
    }
    for (String s : new String[] {"cc", "kopie", "копия"}) {
      m.put(s, Key.CC);
    }
    for (String s : new String[] {"subject", "betreff", "objet", "asunto", "oggetto", "onderwerp",
        "assunto", "ämne", "emne", "temat", "тема", "主旨", "主题", "件名"}) {
      m.put(s, Key.SUBJECT);
    }
    m.put("reply-to", Key.OTHER);
    m.put("importance", Key.OTHER);
    return Map.copyOf(m);
  }
}
