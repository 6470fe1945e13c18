package quorum.ingest.quote;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.mail.AttributionStyle;
import quorum.mail.MailDate;
import quorum.mail.Participant;

/**
 * Reads one attribution line (wrapped lines already joined with a space) such as
 * {@code On Tue, Jan 17, 2023 at 3:19 PM Alexei Starovoitov <a@b> wrote:},
 * {@code Stanislav Fomichev <sdf@x> writes:}, {@code Am 17.01.2023 um 15:19 schrieb X:},
 * {@code Le mar. 17 janv. 2023 à 15:19, X <a@b> a écrit :} or {@code Quoting X (date):}.
 * It never scans more than a bounded prefix, so a huge line costs nothing.
 */
public final class AttributionParser {
  /** What an attribution line says. {@code weak}: a bare name, no date and no address. */
  public record Parsed(Participant who, Optional<String> when, Optional<MailDate> date,
      AttributionStyle style, boolean weak) {}

  static final int MAX_LENGTH = 400;

  /** Verbs that close the line ("... X wrote:"), longest first; English ones are month-first. */
  private static final List<String> END_VERBS = List.of(
      "wrote the following", "skrev följande", "napisał(a)", "написал(а)", "ha scritto",
      "a écrit", "a ecrit", "escribió", "escribio", "escreveu", "schreef", "schrieb", "napisała",
      "napisał", "napisal", "написала", "написал", "пишет", "kirjoitti", "a scris", "napísal",
      "napsal", "έγραψε", "yazdı", "írta", "写道", "寫道", "wrote", "writes", "skrev", "pisze");
  private static final Set<String> ENGLISH = Set.of("wrote the following", "wrote", "writes");
  /** Verbs written before the name ("Am <date> schrieb X:"). */
  private static final List<String> MID_VERBS = List.of(
      " schrieb ", " schreef ", " skrev ", " escribió ", " escreveu ", " a écrit ", " wrote ",
      " writes ", " napisał ", " написал ", " kirjoitti ");
  private static final List<String> OPENERS = List.of(
      "il giorno ", "w dniu ", "on ", "am ", "le ", "el ", "il ", "op ", "em ", "den ", "dnia ",
      "в ", "在");
  private static final List<String> QUOTING = List.of(
      "quoting ", "zitat von ", "citando ", "cytuję ", "citazione di ", "citation de ");
  private static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "la", "le", "da", "di", "du", "bin", "al", "y", "dos");
  /** Words before the name: "пользователь" (user), "от"/"від" (from; mail.ru, Yandex). */
  private static final Set<String> FILLERS = Set.of("пользователь", "user", "the user", "от",
      "від");

  /** Reads {@code line} as an attribution; empty when it is not one. */
  public Optional<Parsed> parse(String line) {
    if (line.length() > MAX_LENGTH * 3) {
      return Optional.empty();
    }
    String t = normalize(line);
    if (t.length() > MAX_LENGTH || t.length() < 6) {
      return Optional.empty();
    }
    char last = t.charAt(t.length() - 1);
    if (last != ':') {
      return Optional.empty();
    }
    String body = t.substring(0, t.length() - 1).strip();
    String lower = body.toLowerCase(Locale.ROOT);
    for (String q : QUOTING) {
      if (lower.startsWith(q)) {
        return quoting(body.substring(q.length()));
      }
    }
    for (String v : END_VERBS) {
      if (lower.endsWith(v) && boundaryBefore(lower, lower.length() - v.length())) {
        String head = body.substring(0, body.length() - v.length()).strip();
        return fromHead(head, ENGLISH.contains(v));
      }
    }
    for (String v : MID_VERBS) {
      int at = lower.indexOf(v);
      if (at > 0) {
        return verbInMiddle(body.substring(0, at), body.substring(at + v.length()),
            v.equals(" wrote ") || v.equals(" writes "));
      }
    }
    if (body.endsWith(">")) {
      return dateThenAddress(body);
    }
    if (body.endsWith("]") && body.lastIndexOf(" [") > 0) {
      return muttBracketDate(body);
    }
    return Optional.empty();
  }

  /** "On <date>, <name> <addr>" / "<name> <addr>" / "<date> <name> <addr>" before the verb. */
  private Optional<Parsed> fromHead(String fullHead, boolean english) {
    String head = usenetArticle(fullHead);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    int han = head.indexOf('于');
    if (han > 0 && head.lastIndexOf('>') < han) {  // "X <a> 于2023年1月17日 15:19写道："
      String when = head.substring(han + 1).strip();
      return build(head.substring(0, han), when, LooseDate.parse(when, true));
    }
    String rest = stripOpener(head);
    boolean opener = rest.length() != head.length();
    LooseDate.Result d = LooseDate.read(rest, !english);
    if (d.sawNumber()) {
      String when = trimPunct(rest.substring(0, d.end()));
      return build(rest.substring(d.end()), when, d.date());
    }
    if (opener && english && !Character.isUpperCase(rest.isEmpty() ? 'x' : rest.charAt(0))) {
      return Optional.empty();  // "On the other hand, X wrote:"
    }
    return build(head, "", Optional.empty());
  }

  /** Usenet: "In article <id@host>, X writes:" names the article, then the writer. */
  private static String usenetArticle(String head) {
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.startsWith("in article <") || lower.startsWith("in message <")
        || lower.startsWith("in <")) {
      int close = head.indexOf('>');
      if (close > 0) {
        return trimPunct(head.substring(close + 1));
      }
    }
    return head;
  }

  private Optional<Parsed> verbInMiddle(String before, String after, boolean english) {
    String a = after.strip();
    String al = a.toLowerCase(Locale.ROOT);
    if (english && al.startsWith("on ")) {  // "X wrote on Tue, 17 Jan 2023 15:19:"
      String when = a.substring(3).strip();
      LooseDate.Result d = LooseDate.read(when, false);
      if (!d.sawNumber()) {
        return Optional.empty();
      }
      return build(before, trimPunct(when), d.date());
    }
    String rest = stripOpener(before.strip());
    LooseDate.Result d = LooseDate.read(rest, !english);
    if (!d.sawNumber() || trimPunct(rest.substring(d.end())).length() > 0) {
      return Optional.empty();
    }
    return build(a, trimPunct(rest), d.date());
  }

  /** Gmail in some languages has no verb: "вт, 17 янв. 2023 г. в 15:19, X <a@b>:". */
  private Optional<Parsed> dateThenAddress(String body) {
    String rest = stripOpener(body);
    LooseDate.Result d = LooseDate.read(rest, true);
    if (!d.sawNumber() || d.date().isEmpty()) {
      return Optional.empty();
    }
    Optional<Parsed> p = build(rest.substring(d.end()), trimPunct(rest.substring(0, d.end())),
        d.date());
    return p.filter(x -> x.who().address().isPresent());
  }

  /** mutt's "* Name <addr> [241021 12:32]:" (attribution="* %n <%a> [%(%y%m%d %H:%M)]:"). */
  private Optional<Parsed> muttBracketDate(String body) {
    int open = body.lastIndexOf(" [");
    String when = body.substring(open + 2, body.length() - 1).strip();
    LooseDate.Result d = LooseDate.read(when, false);
    if (!d.sawNumber() || d.end() < when.length()) {
      return Optional.empty();
    }
    return build(body.substring(0, open), when, d.date())
        .filter(p -> p.who().address().isPresent());
  }

  private Optional<Parsed> quoting(String rest) {
    String r = rest.strip();
    int open = r.lastIndexOf('(');
    if (open > 0 && r.endsWith(")") && !Addresses.isAddress(r.substring(open + 1, r.length() - 1))) {
      String when = r.substring(open + 1, r.length() - 1).strip();
      Optional<Parsed> p = build(r.substring(0, open), when, LooseDate.parse(when, false));
      return p.map(x -> new Parsed(x.who(), x.when(), x.date(), AttributionStyle.QUOTING, false));
    }
    return build(r, "", Optional.empty())
        .map(x -> new Parsed(x.who(), x.when(), x.date(), AttributionStyle.QUOTING, x.weak()));
  }

  private Optional<Parsed> build(String namePart, String when, Optional<MailDate> date) {
    String n = trimPunct(namePart);
    String nl = n.toLowerCase(Locale.ROOT);
    for (String f : FILLERS) {
      if (nl.startsWith(f + " ")) {
        n = n.substring(f.length()).strip();
        break;
      }
    }
    if (n.isEmpty() || n.length() > 120) {
      return Optional.empty();
    }
    Participant who = Addresses.participant(n);
    boolean hasDate = !when.isEmpty();
    boolean weak = who.address().isEmpty() && !hasDate;
    // "addr (Name)" and "\"Name\" <addr>" say plainly which part is the name
    boolean structured = n.startsWith("\"") || Addresses.isAddress(n.split(" ", 2)[0])
        || (hasDate && who.address().isPresent());  // "On <date>, Enrico Weigelt, metux IT consult <a>"
    boolean plausible = structured ? who.name().split(" ").length <= 7
        : plausibleName(who.name(), weak);
    if (!plausible || who.isUnknown()) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(who, hasDate ? Optional.of(when) : Optional.empty(), date,
        hasDate ? AttributionStyle.ON_DATE_WROTE : AttributionStyle.NAME_WRITES, weak));
  }

  /** A display name: a few words, no sentence punctuation; a bare name must look like one. */
  static boolean plausibleName(String name, boolean strict) {
    if (name.isEmpty()) {
      return true;
    }
    String[] words = name.split(" ");
    if (words.length > (strict ? 4 : 7)) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '?' || c == '!' || c == ';' || c == ':' || c == '<' || c == '>') {
        return false;
      }
    }
    int lower = 0;
    for (String w : words) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
          || !Character.isLetter(w.charAt(0)) || PARTICLES.contains(w))) {
        lower++;
      }
    }
    // "please look at what Jane": prose, not a name; "bob" or "xxx" alone is a name
    return strict ? lower == 0 : words.length == 1 || lower <= 1;
  }

  /** Collapses whitespace, drops a leading "--- " or "*", glues "< addr >" and full-width ":". */
  static String normalize(String line) {
    StringBuilder b = new StringBuilder(Math.min(line.length(), MAX_LENGTH * 3));
    boolean space = false;
    boolean inAngle = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\uff1a') {
        c = ':';
      } else if (c == '\uff0c') {
        c = ',';
        space = true;
        b.append(c);
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {  // Gmail: "3:19\u202fPM"
        space = b.length() > 0;
        continue;
      }
      if (space && !(inAngle && (c == '>' || b.charAt(b.length() - 1) == '<'))) {
        b.append(' ');
      }
      space = false;
      if (c == '<') {
        inAngle = true;
      } else if (c == '>') {
        inAngle = false;
      }
      b.append(c);
    }
    int start = 0;
    while (start < b.length() && (b.charAt(start) == '-' || b.charAt(start) == '*'
        || b.charAt(start) == ' ' || b.charAt(start) == '_')) {
      start++;
    }
    String s = b.substring(start);
    if (s.endsWith(" :")) {  // French "a écrit :"
      s = s.substring(0, s.length() - 2) + ":";
    }
    return s.replace("*", "");
  }

  private static String stripOpener(String head) {
    String lower = head.toLowerCase(Locale.ROOT);
    for (String o : OPENERS) {
      if (lower.startsWith(o)) {
        return head.substring(o.length()).strip();
      }
    }
    return head;
  }

  private static boolean boundaryBefore(String s, int at) {
    if (at <= 0) {
      return at == 0;
    }
    char c = s.charAt(at - 1);
    return !Character.isLetterOrDigit(c) || Character.UnicodeScript.of(s.codePointAt(at))
        == Character.UnicodeScript.HAN;
  }

  private static String trimPunct(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (s.charAt(a) == ',' || s.charAt(a) == ' ')) {
      a++;
    }
    while (b > a && (s.charAt(b - 1) == ',' || s.charAt(b - 1) == ' ')) {
      b--;
    }
    return s.substring(a, b);
  }
}
