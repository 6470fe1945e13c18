package quorum.bench.corpus;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import quorum.bench.corpus.People.Person;

/**
 * Message bodies (decoded text, before any transfer encoding): patches with commit messages,
 * cover letters, discussion posts, and replies that quote their parent in chunks under an
 * attribution in one of the common styles ({@code On <date>, <name> wrote:} and
 * {@code <name> <addr> writes:}), with snips, trailers and signatures. Quoting a parent that
 * quotes makes the nested levels real mail has.
 */
final class Bodies {
  private static final DateTimeFormatter MUTT =
      DateTimeFormatter.ofPattern("EEE, MMM dd, yyyy 'at' hh:mm:ssa Z", Locale.ROOT);
  private static final DateTimeFormatter THUNDERBIRD =
      DateTimeFormatter.ofPattern("M/d/yy h:mm a", Locale.ROOT);
  private static final DateTimeFormatter GMAIL =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ROOT);
  private static final int MAX_QUOTE_DEPTH = 4;

  private final Random r;
  private final Prose prose;
  private final boolean rare;

  Bodies(Random r, boolean unicode, boolean rare) {
    this.r = r;
    this.prose = new Prose(r, unicode);
    this.rare = rare;
  }

  String patch(Person author) {
    return paragraphs(1 + r.nextInt(3)) + "\nSigned-off-by: " + author.display() + "\n---\n"
        + Patches.diff(r);
  }

  String coverLetter(Person author, int parts, String series) {
    StringBuilder b = new StringBuilder(paragraphs(2 + r.nextInt(3)));
    b.append("\nChanges in v2:\n");
    for (int i = 0; i < 1 + r.nextInt(4); i++) {
      b.append("- ").append(prose.sentence()).append('\n');
    }
    b.append('\n').append(author.name()).append(" (").append(parts).append("):\n");
    for (int i = 1; i <= parts; i++) {
      b.append("  ").append(series).append(": part ").append(i).append('\n');
    }
    return b.append("\n-- \n2.43.0\n").toString();
  }

  String post(Person author) {
    return paragraphs(2 + r.nextInt(5)) + signature(author);
  }

  /** A reply to {@code parent} (its decoded body), written by {@code author}. */
  String reply(Person author, Person parentAuthor, ZonedDateTime parentDate, String parent) {
    StringBuilder b = new StringBuilder(attribution(parentAuthor, parentDate)).append('\n');
    List<String> lines = quotable(parent);
    String prefix = r.nextInt(3) == 0 ? ">" : "> ";
    int chunks = 1 + r.nextInt(3);
    // half the replies keep the parent's own quotes (nesting), half start at its own text
    int at = r.nextBoolean() ? 0 : firstOwnLine(lines);
    for (int c = 0; c < chunks && at < lines.size(); c++) {
      int skip = c == 0 ? 0 : r.nextInt(4);
      if (skip > 0) {
        b.append(prefix).append("[...]\n");
      }
      at = Math.min(lines.size(), at + skip);
      int take = Math.min(lines.size() - at, 3 + r.nextInt(8));
      for (String line : lines.subList(at, at + take)) {
        b.append(line.startsWith(">") ? ">" + line : line.isEmpty() ? ">" : prefix + line).append('\n');
      }
      at += take;
      b.append('\n').append(prose.paragraph(rare && c == 0)).append('\n');
    }
    if (r.nextInt(6) == 0) {
      b.append(Vocabulary.pick(r, "Reviewed-by", "Acked-by", "Tested-by")).append(": ")
          .append(author.display()).append('\n');
    }
    return b.append(signature(author)).toString();
  }

  private String attribution(Person who, ZonedDateTime when) {
    switch (r.nextInt(5)) {
      case 0: return "On " + when.format(MUTT) + ", " + who.display() + " wrote:";
      case 1: return "On " + when.format(THUNDERBIRD) + ", " + who.name() + " wrote:";
      case 2: return "On " + when.format(GMAIL) + " " + who.display() + " wrote:";
      case 3: return who.display() + " writes:";
      default: return who.name() + " <" + who.address() + "> writes:";
    }
  }

  /** The first line after the parent's attribution and quotes (0 when it has none). */
  private static int firstOwnLine(List<String> lines) {
    int i = 0;
    boolean attribution = !lines.isEmpty() && (lines.get(0).endsWith("wrote:") || lines.get(0).endsWith("writes:"));
    if (!attribution) {
      return 0;
    }
    i = 1;
    while (i < lines.size() && (lines.get(i).startsWith(">") || lines.get(i).isEmpty())) {
      i++;
    }
    return i < lines.size() ? i : 0;
  }

  /** The parent's lines up to its signature, without lines already quoted too deeply. */
  private static List<String> quotable(String parent) {
    List<String> out = new ArrayList<>();
    for (String line : parent.split("\n", -1)) {
      if (line.equals("-- ")) {
        break;
      }
      int depth = 0;
      while (depth < line.length() && line.charAt(depth) == '>') {
        depth++;
      }
      if (depth < MAX_QUOTE_DEPTH) {
        out.add(line);
      }
    }
    return out;
  }

  private String paragraphs(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : "\n").append(prose.paragraph(rare && i == 0));
    }
    return b.toString();
  }

  private String signature(Person author) {
    return r.nextInt(3) == 0 ? "\n-- \n" + author.firstName() + "\n" : "\n" + author.firstName() + "\n";
  }
}
