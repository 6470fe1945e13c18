package quorum.analysis.normative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Grades how strongly a sentence obliges, on a 0-5 scale: 5 obligation ("must", "shall",
 * "required", "need to", "have to"), 4 recommendation ("should", "ought to", "recommend(ed)",
 * "highly encouraged", "expected to"), 3 encouragement ("encouraged", "usually will",
 * "normally", "preferably", "we encourage"), 2 permission ("may", "can", "allowed",
 * "optional", "free to"), 1 possibility ("might", "could", "possibly", "perhaps"), 0 no modal
 * at all. Markers stack downwards: "may need to" is a possibility of an obligation, so the
 * weakest marker in the sentence gives the grade. All markers are general English.
 */
public final class ModalStrength {
  /** A grade and the marker that set it ("" for grade 0). */
  public record Grade(int value, String marker) {
    public String label() {
      return switch (value) {
        case 5 -> "obligation";
        case 4 -> "recommendation";
        case 3 -> "encouragement";
        case 2 -> "permission";
        case 1 -> "possibility";
        default -> "none";
      };
    }
  }

  private record Marker(List<String> words, int grade) {}

  private static final List<Marker> MARKERS = List.of(
      m(5, "must"), m(5, "shall"), m(5, "required"), m(5, "have", "to"), m(5, "has", "to"),
      m(5, "need", "to"), m(5, "needs", "to"), m(5, "mandatory"), m(5, "is", "to"),
      m(4, "should"), m(4, "ought", "to"), m(4, "recommended"), m(4, "highly", "encouraged"),
      m(4, "strongly", "encouraged"), m(4, "expected", "to"), m(4, "strongly", "recommended"),
      m(4, "recommend"),
      m(3, "encouraged"), m(3, "encourage"), m(3, "usually", "will"), m(3, "will", "usually"),
      m(3, "generally"),
      m(3, "normally"), m(3, "preferably"), m(3, "preferred"), m(3, "typically"),
      m(2, "may"), m(2, "can"), m(2, "allowed"), m(2, "optional"), m(2, "permitted"),
      m(2, "free", "to"), m(2, "optionally"),
      m(1, "might"), m(1, "could"), m(1, "possibly"), m(1, "perhaps"), m(1, "maybe"));

  private static Marker m(int grade, String... words) {
    return new Marker(List.of(words), grade);
  }

  public Grade grade(String sentence) {
    List<String> w = words(sentence);
    Grade best = new Grade(0, "");
    for (Marker mk : MARKERS) {
      int at = find(w, mk.words());
      if (at < 0) {
        continue;
      }
      // "highly encouraged" is one marker, not "encouraged" as well
      if (mk.grade() == 3 && mk.words().equals(List.of("encouraged")) && at > 0
          && (w.get(at - 1).equals("highly") || w.get(at - 1).equals("strongly"))) {
        continue;
      }
      if (best.value() == 0 || mk.grade() < best.value()) {
        best = new Grade(mk.grade(), String.join(" ", mk.words()));
      }
    }
    return best;
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || c == '\'') {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    return out;
  }

  private static int find(List<String> w, List<String> seq) {
    outer:
    for (int i = 0; i + seq.size() <= w.size(); i++) {
      for (int j = 0; j < seq.size(); j++) {
        if (!w.get(i + j).equals(seq.get(j))) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
