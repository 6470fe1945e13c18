package quorum.analysis.normative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.analysis.nlp.Token;
import quorum.mail.Evidence;
import quorum.mail.LineSpan;
import quorum.mail.NormativeKeyword;
import quorum.mail.OptionRaised;
import quorum.mail.Patch;
import quorum.mail.Rfc2119;
import quorum.mail.Segment;

/**
 * Finds RFC 2119 / RFC 8174 keywords in proposed text and the debate about them.
 *
 * <p>Proposed text is the added lines of a message's own patches, and own prose where a
 * capitalized keyword is used as a modal ("clients MUST retry"). Under RFC 8174 only the
 * capitalized forms are normative; lower-case ones are reported too (capitalized=false)
 * when they oblige or permit rather than guess: "may need to" and "may also" are
 * possibility, "must have been" is inference, and those are left out.
 *
 * <p>A keyword is debated when a later message mentions capitalized keywords as options
 * ("it's a MUST", "go with SHOULD") and either quotes the keyword's sentence at any depth or
 * mentions the same keyword; the options are listed in order with who raised them.
 */
public final class NormativeFinder {
  private static final Set<String> EPISTEMIC_AFTER_MAY = Set.of("need", "needs", "have", "want",
      "also", "well", "be", "seem", "change", "vary", "differ", "break", "fail", "require",
      "cause", "happen", "still", "even", "already", "not", "get", "end", "look", "take");

  private final ModalStrength strength = new ModalStrength();

  /** One keyword occurrence before debate linking. */
  private record Use(String asWritten, Rfc2119 keyword, boolean capitalized, String sentence,
      Turn turn, LineSpan lines) {}

  public List<NormativeKeyword> find(ThreadView view) {
    List<NormativeKeyword> out = new ArrayList<>();
    for (Use u : uses(view)) {
      List<OptionRaised> raised = debate(view, u);
      Set<Rfc2119> options = new LinkedHashSet<>();
      raised.forEach(r -> options.add(r.option()));
      out.add(new NormativeKeyword(u.asWritten(), u.keyword(), u.capitalized(), !raised.isEmpty(),
          new ArrayList<>(options), raised, new Evidence(u.turn().key(), u.lines(), u.sentence(), "")));
    }
    return out;
  }

  /** Rewordings inside one hunk whose modal strength changed ("need to" became "may need to"). */
  public List<StrengthChange> strengthChanges(ThreadView view) {
    List<StrengthChange> out = new ArrayList<>();
    for (Turn t : view.turns()) {
      for (List<List<String>> hunk : ProposedText.hunks(t.message())) {
        for (String before : hunk.get(0)) {
          String after = closest(before, hunk.get(1));
          if (after == null) {
            continue;
          }
          int gb = strength.grade(before).value();
          int ga = strength.grade(after).value();
          if (gb != ga) {
            out.add(new StrengthChange(t.key(), before, gb, after, ga));
          }
        }
      }
    }
    return out;
  }

  private static String closest(String before, List<String> candidates) {
    Set<String> b = Words.content(before);
    String best = null;
    double score = 0.5;
    for (String c : candidates) {
      double j = Words.jaccard(b, Words.content(c));
      if (j >= score) {
        best = c;
        score = j;
      }
    }
    return best;
  }

  private List<Use> uses(ThreadView view) {
    List<Use> out = new ArrayList<>();
    for (Turn t : view.turns()) {
      LineSpan patchLines = patchLines(t).orElse(LineSpan.of(1, 1));
      for (String s : ProposedText.added(t.message())) {
        for (Found f : scan(s)) {
          if (f.capitalized() || deontic(f, s)) {
            out.add(new Use(f.asWritten(), f.keyword(), f.capitalized(), s, t, patchLines));
          }
        }
      }
      for (Block b : t.blocks()) {
        for (Sentence s : b.sentences()) {
          for (Token k : s.tokens()) {
            if (isCapitalizedKeyword(k) && !isMention(s, k.index())) {
              out.add(new Use(k.word(), Rfc2119.parse(k.word()).orElseThrow(), true,
                  s.text().replaceAll("\\s+", " ").strip(), t, b.lines()));
            }
          }
        }
      }
    }
    return out;
  }

  private static Optional<LineSpan> patchLines(Turn t) {
    for (Segment s : t.message().segments()) {
      if (s instanceof Patch && s.depth() == 0) {
        return Optional.of(s.lines());
      }
    }
    return Optional.empty();
  }

  record Found(String asWritten, Rfc2119 keyword, boolean capitalized, int at, List<String> words) {}

  /** Keyword occurrences in plain text, two-word forms ("MUST NOT") first. */
  static List<Found> scan(String sentence) {
    List<String> raw = new ArrayList<>();
    for (String w : sentence.split("[^A-Za-z']+")) {
      if (!w.isEmpty()) {
        raw.add(w);
      }
    }
    List<String> lower = new ArrayList<>();
    raw.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Optional<Rfc2119> two = i + 1 < raw.size() ? Rfc2119.parse(raw.get(i) + " " + raw.get(i + 1))
          : Optional.empty();
      if (two.isPresent()) {
        String as = raw.get(i) + " " + raw.get(i + 1);
        out.add(new Found(as, two.get(), isUpper(as), i, lower));
        i++;
        continue;
      }
      Optional<Rfc2119> one = Rfc2119.parse(raw.get(i));
      if (one.isPresent()) {
        out.add(new Found(raw.get(i), one.get(), isUpper(raw.get(i)), i, lower));
      }
    }
    return out;
  }

  private static boolean isUpper(String s) {
    return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** Whether a lower-case keyword obliges or permits (RFC 8174 plain English), not guesses. */
  static boolean deontic(Found f, String sentence) {
    List<String> w = f.words();
    String next = f.at() + 1 < w.size() ? w.get(f.at() + 1) : "";
    String next2 = f.at() + 2 < w.size() ? w.get(f.at() + 2) : "";
    switch (f.keyword()) {
      case MAY:
        return !EPISTEMIC_AFTER_MAY.contains(next);
      case MUST:
        return !(next.equals("have") && (next2.endsWith("ed") || next2.equals("been")));
      case SHOULD:
        return !(next.equals("be") && Set.of("fine", "ok", "okay", "enough", "possible", "easy",
            "harmless", "safe").contains(next2));
      case REQUIRED, RECOMMENDED, OPTIONAL, NOT_RECOMMENDED: {
        String prev = f.at() > 0 ? w.get(f.at() - 1) : "";
        return Set.of("is", "are", "be", "been", "not", "strongly").contains(prev) || next.equals("to")
            || next.equals("that");
      }
      default:
        return true;
    }
  }

  private static boolean isCapitalizedKeyword(Token t) {
    return t.word().length() >= 3 && isUpper(t.word()) && Rfc2119.parse(t.word()).isPresent();
  }

  /** "a MUST", "go with SHOULD", "having MUST here": the keyword named, not used as a modal. */
  static boolean isMention(Sentence s, int i) {
    int next = i + 1;
    while (next <= s.size() && s.token(next).lowerWord().equals("not")) {
      next++;
    }
    boolean beforeVerb = next <= s.size() && s.token(next).tag().equals("VB");
    if (!beforeVerb) {
      return true;
    }
    if (i > 1) {
      String prev = s.token(i - 1).tag();
      return prev.equals("DT") || prev.equals("IN") || prev.equals("VBG") || prev.equals("TO");
    }
    return false;
  }

  private static List<OptionRaised> debate(ThreadView view, Use u) {
    List<OptionRaised> out = new ArrayList<>();
    String sentence = Words.squash(u.sentence());
    Rfc2119 base = base(u.keyword());
    for (Turn r : view.turns()) {
      if (r.position() <= u.turn().position()) {
        continue;
      }
      List<OptionRaised> mentions = new ArrayList<>();
      for (Block b : r.blocks()) {
        for (Sentence s : b.sentences()) {
          for (Token k : s.tokens()) {
            if (isCapitalizedKeyword(k) && isMention(s, k.index())) {
              mentions.add(new OptionRaised(Rfc2119.parse(k.word()).orElseThrow(), r.author(),
                  r.key(), s.text().replaceAll("\\s+", " ").strip()));
            }
          }
        }
      }
      boolean quotes = !sentence.isEmpty() && Words.squash(r.message().quotedText()
          + "\n" + patchText(r)).contains(sentence);
      boolean sameKeyword = mentions.stream().anyMatch(m -> base(m.option()) == base);
      if (!mentions.isEmpty() && (quotes || sameKeyword)) {
        for (OptionRaised m : mentions) {
          if (out.stream().noneMatch(o -> o.option() == m.option() && o.in().equals(m.in()))) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  private static String patchText(Turn r) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : r.message().segments()) {
      if (s instanceof Patch && s.depth() > 0) {
        sb.append(s.text().replaceAll("(?m)^[+ -]", "")).append('\n');
      }
    }
    return sb.toString();
  }

  private static Rfc2119 base(Rfc2119 k) {
    return switch (k) {
      case MUST_NOT, REQUIRED, SHALL, SHALL_NOT -> Rfc2119.MUST;
      case SHOULD_NOT, RECOMMENDED, NOT_RECOMMENDED -> Rfc2119.SHOULD;
      case OPTIONAL -> Rfc2119.MAY;
      default -> k;
    };
  }
}
