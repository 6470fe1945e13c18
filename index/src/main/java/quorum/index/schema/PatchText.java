package quorum.index.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a unified diff touches: file names (from {@code diff --git}, {@code ---} and {@code +++}
 * lines, without the {@code a/} and {@code b/} prefixes) and the added and removed lines
 * (without their {@code +}/{@code -} marker), as lore's {@code dfn:}, {@code dfa:} and
 * {@code dfb:} see them.
 */
public record PatchText(List<String> files, List<String> added, List<String> removed) {
  public PatchText {
    files = List.copyOf(files);
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }

  public static PatchText of(String diff) {
    Set<String> files = new LinkedHashSet<>();
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (String line : diff.split("\n", -1)) {
      if (line.startsWith("diff --git ")) {
        for (String part : line.substring("diff --git ".length()).strip().split("\\s+")) {
          addFile(files, part);
        }
      } else if (line.startsWith("+++ ") || line.startsWith("--- ")) {
        String rest = line.substring(4).strip();
        int tab = rest.indexOf('\t');
        addFile(files, tab >= 0 ? rest.substring(0, tab) : rest);
      } else if (line.startsWith("+")) {
        added.add(line.substring(1));
      } else if (line.startsWith("-")) {
        removed.add(line.substring(1));
      }
    }
    return new PatchText(new ArrayList<>(files), added, removed);
  }

  private static void addFile(Set<String> files, String path) {
    String p = path.strip();
    if (p.isEmpty() || p.equals("/dev/null")) {
      return;
    }
    if (p.startsWith("a/") || p.startsWith("b/")) {
      p = p.substring(2);
    }
    files.add(p);
  }
}
