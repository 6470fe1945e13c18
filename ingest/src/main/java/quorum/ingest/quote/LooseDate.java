package quorum.ingest.quote;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.mail.MailDate;

/**
 * Reads a date as attribution lines and Outlook headers write it ("Tue, Jan 17, 2023 at 3:19
 * PM", "1/17/23 3:19 PM", "2023-01-17 15:19", "17.01.2023 um 15:19", "mar. 17 janv. 2023 à
 * 15:19"), token by token from the start of a text, and says where the date ends so the rest
 * can be read as a name. The result is local time; an offset only when one is written.
 */
final class LooseDate {
  /** How much of the text was a date and what it said. */
  record Result(int end, Optional<MailDate> date, boolean sawNumber) {}

  private static final Map<String, Integer> MONTHS = months();
  private static final Set<String> WEEKDAYS = Set.of(
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mo", "di", "mi", "do", "fr", "sa", "so", "montag", "dienstag", "mittwoch", "donnerstag",
      "freitag", "samstag", "sonntag", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "lundi",
      "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "mié", "mie", "jue", "vie",
      "sáb", "sab", "dom", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
      "domingo", "gio", "ma", "wo", "vr", "za", "zo", "seg", "ter", "qua", "qui", "sex", "mån",
      "tis", "ons", "tors", "tor", "fre", "lör", "sön", "man", "tir", "lør", "søn", "pon", "wt",
      "śr", "czw", "pt", "sob", "niedz", "nd", "пн", "вт", "ср", "чт", "пт", "сб", "вс");
  private static final Set<String> CONNECTORS = Set.of(
      "at", "um", "à", "a", "las", "alle", "ore", "às", "kl", "o", "om", "de", "del", "di", "г",
      "в", "le", "il", "giorno", "el", "em", "den", "the", "of", "on");
  private static final Set<String> AFTER_TIME = Set.of(
      "am", "pm", "a.m.", "p.m.", "uhr", "h", "gmt", "utc", "cet", "cest", "eet", "eest", "wet",
      "west", "bst", "ist", "msk", "pst", "pdt", "mst", "mdt", "cst", "cdt", "est", "edt", "jst",
      "kst", "aest", "aedt", "z");

  private LooseDate() {}

  /**
   * Reads a date from the start of {@code s}; {@code dayFirst} resolves {@code 01/03/11}
   * (true for non-English attributions, false for English ones).
   */
  static Result read(String s, boolean dayFirst) {
    Fields f = new Fields();
    int n = s.length();
    int i = 0;
    int end = 0;
    while (i < n) {
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == ',' || s.charAt(i) == '\t')) {
        i++;
      }
      int start = i;
      while (i < n && s.charAt(i) != ' ' && s.charAt(i) != ',' && s.charAt(i) != '\t') {
        i++;
      }
      if (start == i) {
        break;
      }
      if (!f.take(s.substring(start, i), dayFirst)) {
        break;
      }
      end = i;
    }
    return new Result(end, f.build(), f.sawNumber);
  }

  /** Reads a whole text as a date (an Outlook {@code Sent:} value); empty when none. */
  static Optional<MailDate> parse(String s, boolean dayFirst) {
    return read(s, dayFirst).date();
  }

  private static final class Fields {
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = -1;
    int minute = -1;
    int second;
    boolean pm;
    boolean am;
    boolean monthAmbiguous;
    boolean sawNumber;
    Optional<ZoneOffset> offset = Optional.empty();

    boolean take(String token, boolean dayFirst) {
      String t = token.toLowerCase(Locale.ROOT);
      if (t.startsWith("(") && t.endsWith(")") && t.length() > 2) {
        t = t.substring(1, t.length() - 1);  // "(CET)", "(火)"
        if (hour >= 0 || WEEKDAYS.contains(t) || t.length() == 1) {
          return true;
        }
      }
      if (hour >= 0) {
        return afterTime(t);
      }
      String bare = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
      Integer m = MONTHS.get(bare);
      boolean weekday = WEEKDAYS.contains(bare);
      if (m != null && (month < 0 || monthAmbiguous)) {
        month = m;
        monthAmbiguous = weekday;  // "mar." is Tuesday in French and March in English
        return true;
      }
      if (weekday) {
        return day < 0 && year < 0;
      }
      if (CONNECTORS.contains(bare) || bare.equals("г")) {
        return true;
      }
      if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
        return false;
      }
      sawNumber = true;
      return numeric(t, dayFirst);
    }

    private boolean afterTime(String t) {
      if (t.equals("am") || t.equals("a.m.")) {
        am = true;
        return true;
      }
      if (t.equals("pm") || t.equals("p.m.")) {
        pm = true;
        return true;
      }
      if ((t.startsWith("+") || t.startsWith("-")) && t.length() >= 3) {
        return offset(t.substring(1), t.charAt(0) == '-');
      }
      if ((t.startsWith("gmt") || t.startsWith("utc")) && t.length() > 4
          && (t.charAt(3) == '+' || t.charAt(3) == '-')) {  // "GMT+01:00"
        offset(t.substring(4), t.charAt(3) == '-');
        return true;
      }
      if (t.equals("gmt") || t.equals("utc") || t.equals("z")) {
        offset = Optional.of(ZoneOffset.UTC);
        return true;
      }
      return AFTER_TIME.contains(t) || (t.length() == 4 && allDigits(t) && year < 0 && setYear(t));
    }

    private boolean setYear(String t) {
      year = Integer.parseInt(t);
      return true;
    }

    private boolean offset(String digits, boolean negative) {
      String d = digits.replace(":", "");
      if (d.length() <= 2 && !d.isEmpty() && allDigits(d)) {
        d = (d.length() == 1 ? "0" : "") + d + "00";  // "+01" (mu4e, Gnus)
      }
      if (d.length() != 4 || !allDigits(d)) {
        return false;
      }
      int h = Integer.parseInt(d.substring(0, 2));
      int mi = Integer.parseInt(d.substring(2));
      try {
        offset = Optional.of(ZoneOffset.ofHoursMinutes(negative ? -h : h, negative ? -mi : mi));
      } catch (DateTimeException e) {
        return false;
      }
      return true;
    }

    private boolean numeric(String t, boolean dayFirst) {
      if (t.indexOf(':') > 0) {
        return time(t);
      }
      if (t.indexOf('年') > 0) {
        return cjk(t);
      }
      String[] parts = splitDate(t);
      if (parts.length == 3) {
        return triple(parts, t.indexOf('-') > 0, dayFirst);
      }
      String d = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
      if (!allDigits(d) || d.isEmpty()) {
        return false;
      }
      if ((d.length() == 6 || d.length() == 8) && year < 0 && month < 0 && day < 0) {
        int y = d.length() == 6 ? 2000 + Integer.parseInt(d.substring(0, 2))
            : Integer.parseInt(d.substring(0, 4));  // mutt's %y%m%d, or yyyymmdd
        year = y;
        month = Integer.parseInt(d.substring(d.length() - 4, d.length() - 2));
        day = Integer.parseInt(d.substring(d.length() - 2));
        return true;
      }
      if (d.length() == 4 && year < 0) {
        year = Integer.parseInt(d);
        return true;
      }
      if (d.length() <= 2 && day < 0) {
        day = Integer.parseInt(d);
        return true;
      }
      return false;
    }

    private boolean time(String t) {
      String s = t;
      int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
      if (sign > 0 && s.indexOf(':') < sign) {  // "11:35:36-0700"
        if (!offset(s.substring(sign + 1), s.charAt(sign) == '-')) {
          return false;
        }
        s = s.substring(0, sign);
      }
      if (s.endsWith("am") || s.endsWith("pm")) {
        pm = s.endsWith("pm");
        am = !pm;
        s = s.substring(0, s.length() - 2);
      }
      String[] p = s.split(":", -1);
      if (p.length < 2 || p.length > 3) {
        return false;
      }
      for (String x : p) {
        if (x.isEmpty() || x.length() > 2 || !allDigits(x)) {
          return false;
        }
      }
      hour = Integer.parseInt(p[0]);
      minute = Integer.parseInt(p[1]);
      second = p.length == 3 ? Integer.parseInt(p[2]) : 0;
      return true;
    }

    private boolean cjk(String token) {
      int dayMark = token.indexOf('日');
      String t = dayMark > 0 ? token.substring(0, dayMark + 1) : token;  // "17日周二"
      String[] p = t.replace('年', ' ').replace('月', ' ').replace('日', ' ').strip().split(" ");
      if (p.length != 3 || !allDigits(p[0]) || !allDigits(p[1]) || !allDigits(p[2])) {
        return false;
      }
      year = Integer.parseInt(p[0]);
      month = Integer.parseInt(p[1]);
      day = Integer.parseInt(p[2]);
      return true;
    }

    private boolean triple(String[] p, boolean dashes, boolean dayFirst) {
      for (String x : p) {
        if (x.isEmpty() || x.length() > 4 || !allDigits(x)) {
          return false;
        }
      }
      int a = Integer.parseInt(p[0]);
      int b = Integer.parseInt(p[1]);
      int c = Integer.parseInt(p[2]);
      if (p[0].length() == 4) {
        year = a;
        month = b;
        day = c;
      } else {
        boolean df = dashes || a > 12 || (b <= 12 && dayFirst);
        day = df ? a : b;
        month = df ? b : a;
        year = c;
      }
      return true;
    }

    Optional<MailDate> build() {
      if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0) {
        return Optional.empty();
      }
      int y = year < 100 ? (year < 70 ? 2000 + year : 1900 + year) : year;
      int h = hour;
      if (pm && h < 12) {
        h += 12;
      } else if (am && h == 12) {
        h = 0;
      }
      try {
        return Optional.of(new MailDate(LocalDateTime.of(y, month, day, h, minute, second), offset));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
  }

  private static String[] splitDate(String t) {
    String s = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    for (char sep : new char[] {'/', '.', '-'}) {
      if (s.indexOf(sep) > 0) {
        String[] p = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
        if (p.length == 3) {
          return p;
        }
      }
    }
    return new String[0];
  }

  static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new java.util.HashMap<>();
    String[][] names = {
        {"jan", "january", "januar", "janv", "janvier", "ene", "enero", "gen", "gennaio", "janeiro",
            "sty", "stycznia", "января", "янв", "januari", "jän", "jänner", "tammikuuta"},
        {"feb", "february", "februar", "févr", "fevr", "février", "febrero", "febbraio", "fev",
            "fevereiro", "lut", "lutego", "февраля", "фев", "februari", "feber"},
        {"mar", "march", "märz", "mär", "mars", "marzo", "março", "mrt", "maart", "marca",
            "marca", "марта", "мар", "maaliskuuta"},
        {"apr", "april", "avr", "avril", "abr", "abril", "aprile", "kwi", "kwietnia", "апреля",
            "апр"},
        {"may", "mai", "mayo", "mag", "maggio", "maio", "mei", "maj", "maja", "мая", "май"},
        {"jun", "june", "juni", "juin", "junio", "giu", "giugno", "junho", "cze", "czerwca",
            "июня", "июн"},
        {"jul", "july", "juli", "juil", "juillet", "julio", "lug", "luglio", "julho", "lip",
            "lipca", "июля", "июл"},
        {"aug", "august", "août", "aout", "ago", "agosto", "sie", "sierpnia", "augusti",
            "августа", "авг"},
        {"sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro",
            "wrz", "września", "сентября", "сен"},
        {"oct", "october", "okt", "oktober", "octobre", "octubre", "ott", "ottobre", "out",
            "outubro", "paź", "października", "октября", "окт"},
        {"nov", "november", "novembre", "noviembre", "novembro", "lis", "listopada", "ноября",
            "ноя"},
        {"dec", "december", "dez", "dezember", "déc", "decembre", "décembre", "dic", "diciembre",
            "dicembre", "dezembro", "gru", "grudnia", "декабря", "дек"}};
    for (int i = 0; i < names.length; i++) {
        for (String n : names[i]) {
          m.putIfAbsent(n, i + 1);
        }
    }
    return Map.copyOf(m);
  }
}
