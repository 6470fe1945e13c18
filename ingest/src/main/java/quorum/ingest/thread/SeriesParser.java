package quorum.ingest.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import quorum.mail.SeriesInfo;

/**
 * Reads the patch-series prefix of a subject: {@code [PATCH RFC v2 0/5] foo},
 * {@code [RFC PATCH net-next v3 2/7] foo}, {@code Re: [PATCHv4 3/9] foo},
 * {@code [RESEND PATCH v2] foo}, {@code [PATCH 01/44] foo}. Leading reply prefixes and list
 * tags ({@code [ksummit]}) are skipped. A bracket group is a series prefix when it holds a
 * {@code PATCH} word, or {@code RFC}/{@code RESEND} with a version or a part number. Words that
 * are neither {@code PATCH}, a version ({@code v3}) nor {@code n/m} are kept as tags as written
 * ({@code RFC}, {@code RESEND}, {@code net-next}).
 */
public final class SeriesParser {
  public SeriesParser() {}

  /** The series the subject belongs to, or empty when it carries no patch prefix. */
  public Optional<SeriesInfo> parse(String subject) {
    Prefix p = new Prefix();
    int at = 0;
    while (true) {
      at = SubjectNormalizer.skipSpace(subject, at);
      int next = SubjectNormalizer.skipPrefix(subject, at, true);
      if (next > at) {
        at = next;
        continue;
      }
      next = SubjectNormalizer.skipBracket(subject, at);
      if (next == at) {
        break;
      }
      Prefix group = Prefix.of(subject.substring(at + 1, next - 1));
      if (group.isSeries()) {
        p.add(group);
      } else if (p.found) {
        break; // a tag after the patch prefix is part of the name ("[PATCH] [media] foo")
      }
      at = next;
    }
    if (!p.found) {
      return Optional.empty();
    }
    String name = SubjectNormalizer.collapse(subject.substring(at));
    return Optional.of(new SeriesInfo(name, p.version, p.part, p.total, p.tags));
  }

  /** What one or more bracket groups said. */
  private static final class Prefix {
    boolean found;
    boolean patch;
    boolean numbered;
    int version = 1;
    Optional<Integer> part = Optional.empty();
    Optional<Integer> total = Optional.empty();
    final List<String> tags = new ArrayList<>();

    static Prefix of(String inside) {
      Prefix p = new Prefix();
      for (String word : inside.trim().split("[\\s,]+")) {
        if (!word.isEmpty()) {
          p.word(word);
        }
      }
      return p;
    }

    private void word(String word) {
      String w = word.toLowerCase(Locale.ROOT);
      if (w.equals("patch")) {
        patch = true;
      } else if (w.startsWith("patch") && version(w.substring(5).replace("-", ""))) {
        patch = true;
      } else if (version(w)) {
        numbered = true;
      } else if (partOf(w)) {
        numbered = true;
      } else {
        tags.add(word);
      }
    }

    private boolean version(String w) {
      if (w.length() < 2 || w.charAt(0) != 'v' || !digits(w, 1, w.length())) {
        return false;
      }
      int v = parseInt(w.substring(1));
      if (v >= 1) {
        version = v;
      }
      return true;
    }

    private boolean partOf(String w) {
      int slash = w.indexOf('/');
      if (slash < 1 || slash == w.length() - 1 || !digits(w, 0, slash)
          || !digits(w, slash + 1, w.length())) {
        return false;
      }
      part = Optional.of(parseInt(w.substring(0, slash)));
      total = Optional.of(parseInt(w.substring(slash + 1)));
      return true;
    }

    boolean isSeries() {
      boolean rfcOrResend = tags.stream().anyMatch(
          t -> t.equalsIgnoreCase("rfc") || t.equalsIgnoreCase("resend"));
      return patch || (rfcOrResend && numbered);
    }

    void add(Prefix g) {
      found = true;
      if (g.version > 1) {
        version = g.version;
      }
      if (g.part.isPresent()) {
        part = g.part;
        total = g.total;
      }
      tags.addAll(g.tags);
    }

    private static boolean digits(String s, int from, int to) {
      if (from >= to || to - from > 6) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private static int parseInt(String s) {
      return Integer.parseInt(s);
    }
  }
}
