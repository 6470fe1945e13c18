package quorum.index.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import quorum.index.SeriesVersion.ChangeNote;
import quorum.mail.Participant;

/**
 * Reads the changelog a series author writes in a cover letter or below a patch's {@code ---}:
 * a heading ({@code Changes in v3:}, {@code Changes since v1:}, {@code v1 -> v2:}) followed by
 * bullets, or an inline {@code v2: reworded, per Alice}. Each bullet is credited to the known
 * reviewers whose full, first or last name it mentions as a whole word.
 */
final class Changelogs {
  private static final int MAX_HEADING = 60;

  private Changelogs() {}

  static List<ChangeNote> read(String text, List<Participant> reviewers) {
    List<ChangeNote> notes = new ArrayList<>();
    int version = -1;
    StringBuilder bullet = null;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(notes, version, bullet, reviewers);
        bullet = null;
        version = -1;
        continue;
      }
      Optional<Heading> h = heading(line);
      if (h.isPresent()) {
        flush(notes, version, bullet, reviewers);
        bullet = null;
        version = h.get().version;
        if (!h.get().inline.isEmpty() && !h.get().inline.startsWith("http")
            && !h.get().inline.startsWith("<http")) {
          bullet = new StringBuilder(h.get().inline);
        }
        continue;
      }
      if (version < 0) {
        continue;
      }
      if (isBullet(line)) {
        flush(notes, version, bullet, reviewers);
        bullet = new StringBuilder(line.substring(1).strip());
      } else if (bullet != null) {
        bullet.append(' ').append(line);
      } else {
        version = -1;
      }
    }
    flush(notes, version, bullet, reviewers);
    return notes;
  }

  private static boolean isBullet(String line) {
    char c = line.charAt(0);
    return (c == '-' || c == '*' || c == '+') && (line.length() == 1 || line.charAt(1) == ' ');
  }

  private static void flush(List<ChangeNote> notes, int version, StringBuilder bullet,
      List<Participant> reviewers) {
    if (version < 0 || bullet == null || bullet.length() == 0) {
      return;
    }
    String text = bullet.toString();
    List<Participant> credited = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (Participant p : reviewers) {
      int i = mention(text, p);
      if (i >= 0 && credited.stream().noneMatch(p::sameAs)) {
        int pos = 0;
        while (pos < at.size() && at.get(pos) <= i) {
          pos++;
        }
        credited.add(pos, p);
        at.add(pos, i);
      }
    }
    ChangeNote note = new ChangeNote(version, text, credited);
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  /**
   * Where the full, first or last name (3+ letters) first appears as a word, or -1. Names are
   * matched case-sensitively, so a reviewer called Will is not credited for "will".
   */
  static int mention(String text, Participant p) {
    String name = p.name().strip();
    if (name.isEmpty()) {
      return -1;
    }
    String[] parts = name.split("\\s+");
    int best = word(text, name);
    for (String w : List.of(parts[0], parts[parts.length - 1])) {
      int i = w.length() >= 3 ? word(text, w) : -1;
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  private static int word(String text, String w) {
    int from = 0;
    while (true) {
      int at = text.indexOf(w, from);
      if (at < 0) {
        return -1;
      }
      int end = at + w.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        return at;
      }
      from = at + 1;
    }
  }

  private record Heading(int version, String inline) {}

  /**
   * {@code Changes in v3:}, {@code Changes since v1:}, {@code Changes v1 -> v2:}, {@code v2:},
   * {@code v2: inline note}; the version a note describes (since v1 is v2).
   */
  static Optional<Heading> heading(String line) {
    int colon = line.indexOf(':');
    if (colon < 2 || colon > MAX_HEADING) {
      return Optional.empty();
    }
    String head = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String inline = line.substring(colon + 1).strip();
    boolean startsWithVersion = head.startsWith("v") && head.length() > 1
        && Character.isDigit(head.charAt(1));
    boolean changes = head.startsWith("changes") || head.startsWith("since")
        || head.startsWith("changelog");
    if (!startsWithVersion && !changes) {
      return Optional.empty();
    }
    if (changes && !inline.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> versions = new ArrayList<>();
    for (String tok : head.split("[^a-z0-9]+")) {
      if (tok.length() >= 2 && tok.length() <= 4 && tok.charAt(0) == 'v'
          && tok.substring(1).chars().allMatch(Character::isDigit)) {
        versions.add(Integer.parseInt(tok.substring(1)));
      }
    }
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    boolean since = head.contains("since") || head.contains("from");
    int v = since && versions.size() == 1 ? versions.get(0) + 1 : versions.get(versions.size() - 1);
    return Optional.of(new Heading(v, inline));
  }
}
