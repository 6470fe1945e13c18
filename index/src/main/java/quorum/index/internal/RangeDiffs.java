package quorum.index.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quorum.index.SeriesVersion.PatchChange;
import quorum.index.SeriesVersion.PatchStatus;
import quorum.index.schema.PatchText;

/**
 * A range-diff summary between two postings of a series: patches paired by normalized subject,
 * then by part number among the unpaired; each pair compared on its {@code +}/{@code -} lines
 * as multisets, so context and hunk offsets moving does not count as a change.
 */
final class RangeDiffs {
  private RangeDiffs() {}

  /** One patch of a posting. */
  record PatchLines(int part, String name, PatchText text) {}

  static List<PatchChange> compare(List<PatchLines> before, List<PatchLines> after) {
    List<PatchLines> old = new ArrayList<>(before);
    List<PatchLines> now = new ArrayList<>(after);
    now.sort(Comparator.comparingInt(PatchLines::part));
    old.sort(Comparator.comparingInt(PatchLines::part));
    Map<PatchLines, PatchLines> pairs = new HashMap<>();
    for (PatchLines n : now) {
      for (PatchLines o : old) {
        if (!pairs.containsValue(o) && n.name() != null && n.name().equals(o.name())) {
          pairs.put(n, o);
          break;
        }
      }
    }
    for (PatchLines n : now) {
      if (!pairs.containsKey(n)) {
        for (PatchLines o : old) {
          if (!pairs.containsValue(o) && o.part() == n.part()) {
            pairs.put(n, o);
            break;
          }
        }
      }
    }
    List<PatchChange> out = new ArrayList<>();
    for (PatchLines n : now) {
      PatchLines o = pairs.get(n);
      if (o == null) {
        out.add(new PatchChange(n.part(), name(n), PatchStatus.ADDED, lines(n).size()));
      } else {
        int changed = difference(lines(n), lines(o)) + difference(lines(o), lines(n));
        out.add(new PatchChange(n.part(), name(n),
            changed == 0 ? PatchStatus.UNCHANGED : PatchStatus.CHANGED, changed));
      }
    }
    for (PatchLines o : old) {
      if (!pairs.containsValue(o)) {
        out.add(new PatchChange(o.part(), name(o), PatchStatus.DROPPED, lines(o).size()));
      }
    }
    return out;
  }

  private static String name(PatchLines p) {
    return p.name() == null ? "" : p.name();
  }

  private static List<String> lines(PatchLines p) {
    List<String> out = new ArrayList<>();
    p.text().added().forEach(l -> out.add("+" + l));
    p.text().removed().forEach(l -> out.add("-" + l));
    return out;
  }

  /** How many lines of {@code a} are left after taking out {@code b}, as multisets. */
  private static int difference(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    b.forEach(l -> counts.merge(l, 1, Integer::sum));
    int left = 0;
    for (String l : a) {
      Integer c = counts.get(l);
      if (c == null || c == 0) {
        left++;
      } else {
        counts.put(l, c - 1);
      }
    }
    return left;
  }
}
