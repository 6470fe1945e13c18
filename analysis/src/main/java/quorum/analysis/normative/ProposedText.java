package quorum.analysis.normative;

import java.util.ArrayList;
import java.util.List;
import quorum.mail.Message;
import quorum.mail.Patch;
import quorum.mail.Segment;

/**
 * The text a message proposes: the added ({@code +}) and removed ({@code -}) lines of its own
 * patches (depth 0), markers stripped, split into sentences. Patch lines are never given to
 * the language pipeline; this simple splitter (full stop, question or exclamation mark
 * before a space, or a blank line) is enough for documentation text.
 */
final class ProposedText {
  private ProposedText() {}

  static List<String> added(Message m) {
    return sentences(lines(m, '+'));
  }

  static List<String> removed(Message m) {
    return sentences(lines(m, '-'));
  }

  /** Unchanged context lines of the message's own patches, as sentences. */
  static List<String> context(Message m) {
    return sentences(lines(m, ' '));
  }

  /** Hunks as (removed, added) sentence lists, so rewordings can be paired within a hunk. */
  static List<List<List<String>>> hunks(Message m) {
    List<List<List<String>>> out = new ArrayList<>();
    for (Segment s : m.segments()) {
      if (!(s instanceof Patch) || s.depth() != 0) {
        continue;
      }
      StringBuilder minus = new StringBuilder();
      StringBuilder plus = new StringBuilder();
      for (String line : s.text().split("\n", -1)) {
        if (line.startsWith("@@")) {
          flush(out, minus, plus);
        } else if (line.startsWith("-") && !line.startsWith("---")) {
          minus.append(line.substring(1)).append('\n');
        } else if (line.startsWith("+") && !line.startsWith("+++")) {
          plus.append(line.substring(1)).append('\n');
        }
      }
      flush(out, minus, plus);
    }
    return out;
  }

  private static void flush(List<List<List<String>>> out, StringBuilder minus, StringBuilder plus) {
    if (minus.length() > 0 || plus.length() > 0) {
      out.add(List.of(sentences(minus.toString()), sentences(plus.toString())));
    }
    minus.setLength(0);
    plus.setLength(0);
  }

  private static String lines(Message m, char sign) {
    StringBuilder sb = new StringBuilder();
    String header = sign == '+' ? "+++" : sign == '-' ? "---" : "\u0000";
    for (Segment s : m.segments()) {
      if (!(s instanceof Patch) || s.depth() != 0) {
        continue;
      }
      boolean inHunk = false; // a diffstat line starts with a space too; context is inside hunks
      for (String line : s.text().split("\n", -1)) {
        inHunk |= line.startsWith("@@");
        boolean mine = line.startsWith(String.valueOf(sign)) && !line.startsWith(header)
            && (sign != ' ' || inHunk);
        // any other line (context, the other side, headers) ends a paragraph of this side
        sb.append(mine ? line.substring(1) : "").append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String para : text.split("\n\\s*\n")) {
      String p = para.replaceAll("\\s+", " ").strip();
      int start = 0;
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        boolean end = (c == '.' || c == '?' || c == '!') && (i + 1 == p.length()
            || p.charAt(i + 1) == ' ' && i + 2 < p.length() && !Character.isLowerCase(p.charAt(i + 2)));
        if (end) {
          add(out, p.substring(start, i + 1));
          start = i + 1;
        }
      }
      add(out, p.substring(Math.min(start, p.length())));
    }
    return out;
  }

  private static void add(List<String> out, String s) {
    String t = s.strip();
    if (t.chars().anyMatch(Character::isLetter)) {
      out.add(t);
    }
  }
}
