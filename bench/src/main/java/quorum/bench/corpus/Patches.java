package quorum.bench.corpus;

import java.util.Locale;
import java.util.Random;

/** Inline patches as git format-patch writes them: diffstat, then unified diff hunks. */
final class Patches {
  private Patches() {}

  /** The part after {@code ---}: diffstat and the diff of 1-3 files. */
  static String diff(Random r) {
    int files = 1 + r.nextInt(3);
    StringBuilder stat = new StringBuilder();
    StringBuilder diff = new StringBuilder();
    int ins = 0;
    int del = 0;
    for (int f = 0; f < files; f++) {
      String path = Vocabulary.path(r);
      int added = 1 + r.nextInt(12);
      int removed = r.nextInt(8);
      ins += added;
      del += removed;
      stat.append(String.format(Locale.ROOT, " %-40s | %3d %s%n", path, added + removed,
          "+".repeat(Math.min(added, 30)) + "-".repeat(Math.min(removed, 20))));
      diff.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
          .append(String.format(Locale.ROOT, "index %07x..%07x 100644%n", r.nextInt(1 << 28),
              r.nextInt(1 << 28)))
          .append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
      int line = 10 + r.nextInt(900);
      diff.append(String.format(Locale.ROOT, "@@ -%d,%d +%d,%d @@ static int %s(void)%n", line,
          removed + 6, line, added + 6, Vocabulary.identifier(r).replace(' ', '_')));
      diff.append("   \tint ret;\n \n \tif (!ptr)\n");
      for (int i = 0; i < removed; i++) {
        diff.append("-\t\t").append(codeLine(r)).append('\n');
      }
      for (int i = 0; i < added; i++) {
        diff.append("+\t\t").append(codeLine(r)).append('\n');
      }
      diff.append(" \treturn ret;\n }\n \n");
    }
    stat.append(String.format(Locale.ROOT, " %d file%s changed, %d insertions(+), %d deletions(-)%n",
        files, files == 1 ? "" : "s", ins, del));
    return stat + "\n" + diff + "-- \n2.43.0\n";
  }

  private static String codeLine(Random r) {
    String id = Vocabulary.identifier(r).replace(' ', '_');
    switch (r.nextInt(5)) {
      case 0: return "ret = " + id + "(ptr, GFP_KERNEL);";
      case 1: return "if (WARN_ON_ONCE(!" + Vocabulary.word(r) + "))";
      case 2: return "return -EINVAL;";
      case 3: return "/* " + Vocabulary.word(r) + " " + Vocabulary.word(r) + " " + id + " */";
      default: return id + "(&" + Vocabulary.word(r) + "->lock);";
    }
  }
}
