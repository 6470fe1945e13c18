package quorum.analysis.eval;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.AnalysisException;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.MessageRef;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.normative.NormativeUse;
import quorum.analysis.internal.Words;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.IngestResult;
import quorum.ingest.Ingester;
import quorum.mail.Decision;
import quorum.mail.Discussion;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Position;
import quorum.mail.Question;
import quorum.mail.QuestionStatus;
import quorum.mail.Rfc2119;
import quorum.mail.Stance;

/**
 * Scores a {@link ThreadAnalysis} against a {@link Gold} file. Exact on keys, authors,
 * parents, statuses and stances; loose on paraphrase (content-word overlap), never by exact
 * string. Messages are matched by Message-ID when the gold gives one, else in order by
 * author. Questions match within the same message and asker, best word overlap first.
 * Gold issues are matched one-to-one to found issues by the Dice overlap of their statements'
 * content words (the gold key's words count too, at least two shared); positions then match on participant and issue,
 * decisions on issue and status, normative keywords on message, keyword and case (see
 * {@link #matchNormative}; keywords the gold marks as mentions are not scored).
 */
public final class Evaluator {
  /** One scored file. */
  public record FileScore(Path gold, Scores scores, List<String> misses) {
    public FileScore {
      misses = List.copyOf(misses);
    }
  }

  private final java.util.Map<List<Path>, List<Discussion>> ingested = new java.util.HashMap<>();

  /**
   * Ingests the gold's source (resolved against the gold file's folder, then its parents, so
   * both "x.mbox" and "../shared/..." work; several files are ingested together, so a thread
   * that runs across them is one thread), picks the thread holding the gold's messages (by
   * Message-ID, else the largest), analyzes it and scores it. A source is ingested once per
   * evaluator, so gold files that share a year's archive share its ingest.
   */
  public FileScore evaluate(Path goldFile, Analyzer analyzer) throws AnalysisException {
    Gold gold = Gold.read(goldFile);
    List<Path> sources = new ArrayList<>();
    for (String s : gold.sources()) {
      sources.add(resolve(goldFile, s));
    }
    String named = sources.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(" + "));
    List<Discussion> threads = ingested.get(sources);
    if (threads == null) {
      IngestResult r;
      try {
        r = new Ingester(IngestOptions.LENIENT).ingest(sources);
      } catch (IngestException e) {
        throw new AnalysisException(named + ": cannot ingest gold source: " + e.getMessage(), e);
      }
      threads = r.discussions();
      ingested.put(sources, threads);
    }
    Discussion best = pick(threads, gold).orElseThrow(
        () -> new AnalysisException(named + ": no thread ingested for " + goldFile));
    ThreadAnalysis a = analyzer.analyze(best);
    List<String> misses = new ArrayList<>();
    Scores s = score(a, gold, misses);
    misses.addAll(misses(a, gold));
    return new FileScore(goldFile, s, misses);
  }

  static Path resolve(Path goldFile, String source) throws AnalysisException {
    Path dir = goldFile.toAbsolutePath().getParent();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path p = d.resolve(source).normalize();
      if (java.nio.file.Files.exists(p)) {
        return p;
      }
    }
    throw new AnalysisException(goldFile + ": gold source not found [" + source + "]");
  }

  static Optional<Discussion> pick(List<Discussion> threads, Gold gold) {
    Set<String> ids = new HashSet<>();
    gold.messages().forEach(m -> m.messageId().ifPresent(ids::add));
    Discussion best = null;
    long bestScore = -1;
    for (Discussion d : threads) {
      long score = ids.isEmpty() ? d.messages().size()
          : d.messages().stream().filter(m -> ids.contains(m.key().value())).count();
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  public Scores score(ThreadAnalysis a, Gold g) {
    return score(a, g, new ArrayList<>());
  }

  /** Scores, and adds to {@code misses} one line per gold item scored wrong (for eval -v). */
  public Scores score(ThreadAnalysis a, Gold g, List<String> misses) {
    Map<String, MessageRef> toPred = alignMessages(a.messages(), g.messages());
    Map<MessageKey, String> toGold = new HashMap<>();
    toPred.forEach((k, m) -> toGold.put(m.key(), k));
    int parents = 0;
    for (Gold.Msg m : g.messages()) {
      MessageRef p = toPred.get(m.key());
      if (p != null && Optional.ofNullable(p.parent().map(toGold::get).orElse(null))
          .equals(m.parent())) {
        parents++;
      }
    }
    int[] q = questions(a, g, toGold, misses);
    Map<String, String> issueMap = alignIssues(a.issues(), g.issues());
    int[] pos = positions(a, g, issueMap, toGold, misses);
    int[] dec = decisions(a, g, issueMap);
    int[] norm = normative(a, g, toGold);
    return new Scores(g.questions().size(), a.questions().size(), q[0], q[1], q[2],
        g.positions().size(), a.positions().size(), pos[0], pos[1], g.decisions().size(),
        a.decisions().size(), dec[0], normativeExpected(g), norm[0], norm[1],
        g.messages().size(), toPred.size(), parents);
  }

  static Map<String, MessageRef> alignMessages(List<MessageRef> found, List<Gold.Msg> gold) {
    Map<String, MessageRef> out = new HashMap<>();
    Set<MessageKey> used = new HashSet<>();
    for (Gold.Msg m : gold) {
      if (m.messageId().isPresent()) {
        for (MessageRef f : found) {
          if (f.key().value().equals(m.messageId().get()) && used.add(f.key())) {
            out.put(m.key(), f);
          }
        }
      }
    }
    int next = 0;
    for (Gold.Msg m : gold) {
      if (out.containsKey(m.key())) {
        continue;
      }
      for (int i = next; i < found.size(); i++) {
        MessageRef f = found.get(i);
        if (!used.contains(f.key()) && sameName(f.author(), m.author())) {
          out.put(m.key(), f);
          used.add(f.key());
          next = i + 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * For each gold question the index of the found question it matches, -1 for none: one in
   * the same message by the same asker, most content words of its gist shared, one-to-one in
   * the gold's order.
   */
  static int[] matchQuestions(List<Question> found, Gold g, Map<MessageKey, String> toGold) {
    boolean[] taken = new boolean[found.size()];
    int[] out = new int[g.questions().size()];
    for (int gi = 0; gi < out.length; gi++) {
      Gold.GoldQuestion gq = g.questions().get(gi);
      int best = -1;
      int bestScore = -1;
      for (int i = 0; i < found.size(); i++) {
        Question fq = found.get(i);
        if (taken[i] || !gq.in().equals(toGold.get(fq.evidence().in()))
            || !sameName(fq.asker(), gq.asker())) {
          continue;
        }
        int s = Words.overlap(Words.content(gq.about()), Words.content(fq.about()));
        if (s > bestScore) {
          best = i;
          bestScore = s;
        }
      }
      out[gi] = best;
      if (best >= 0) {
        taken[best] = true;
      }
    }
    return out;
  }

  /** Whether a gold status counts as answered (every other status is open, for scoring). */
  static boolean goldAnswered(Gold.GoldQuestion gq) {
    return gq.status().strip().equalsIgnoreCase("answered");
  }

  /** Matched questions, right statuses, right forms. */
  private static int[] questions(ThreadAnalysis a, Gold g, Map<MessageKey, String> toGold,
      List<String> misses) {
    boolean[] taken = new boolean[a.questions().size()];
    int matched = 0;
    int status = 0;
    int form = 0;
    int[] match = matchQuestions(a.questions(), g, toGold);
    for (int gi = 0; gi < match.length; gi++) {
      Gold.GoldQuestion gq = g.questions().get(gi);
      int best = match[gi];
      if (best < 0) {
        misses.add("question missed: " + gq.in() + " " + gq.asker() + ": " + gq.about());
        continue;
      }
      taken[best] = true;
      matched++;
      Question fq = a.questions().get(best);
      boolean goldOpen = !goldAnswered(gq);
      if (goldOpen == (fq.status() != QuestionStatus.ANSWERED)) {
        status++;
      } else {
        misses.add("question status: " + gq.in() + " " + gq.asker() + ": gold " + gq.status()
            + ", found " + fq.status().label() + ": " + fq.about()
            + fq.responses().stream().map(r -> " {" + toGold.get(r.in()) + " " + r.by().display()
                + (r.resolves() ? " settles" : " does not settle") + ": " + r.gist() + "}")
                .reduce("", String::concat));
      }
      if (fq.form().label().equalsIgnoreCase(gq.form().strip())) {
        form++;
      } else {
        misses.add("question form: " + gq.in() + " " + gq.asker() + ": gold " + gq.form()
            + ", found " + fq.form().label() + ": " + fq.about());
      }
    }
    for (int i = 0; i < taken.length; i++) {
      if (!taken[i]) {
        Question fq = a.questions().get(i);
        misses.add("question extra: " + toGold.get(fq.evidence().in()) + " " + fq.asker().display()
            + " " + fq.form().label() + ": " + fq.about());
      }
    }
    return new int[] {matched, status, form};
  }

  /** Gold issue key to found issue id, one-to-one, best overlap first. */
  public static Map<String, String> alignIssues(List<Issue> found, Map<String, String> gold) {
    record Pair(String gold, String found, double score) {}
    List<Pair> pairs = new ArrayList<>();
    for (Map.Entry<String, String> g : gold.entrySet()) {
      Set<String> gw = Words.content(g.getValue() + " " + g.getKey().replace('-', ' '));
      for (Issue i : found) {
        Set<String> fw = issueWords(i);
        int shared = Words.overlap(gw, fw);
        if (shared >= 2) {
          // Dice: a long statement must not win on length alone
          pairs.add(new Pair(g.getKey(), i.id(), 2.0 * shared / (gw.size() + fw.size())));
        }
      }
    }
    pairs.sort((x, y) -> Double.compare(y.score(), x.score()));
    Map<String, String> out = new HashMap<>();
    Set<String> usedFound = new HashSet<>();
    for (Pair p : pairs) {
      if (!out.containsKey(p.gold()) && usedFound.add(p.found())) {
        out.put(p.gold(), p.found());
      }
    }
    return out;
  }

  /**
   * Gold positions matched one-to-one to found ones of the same participant on the mapped
   * issue: first those stated in the same message (a participant's stance can change over a
   * thread, and gold records each), then any left over.
   */
  /**
   * The words a found issue is known by: its statement, and for a short question (fewer than
   * {@value #SHORT_QUESTION} content words: "Why MUST NOT here?", "Wouldn't it be better to
   * make this a MUST?") also the quoted sentence it was asked under, which it points at.
   */
  static Set<String> issueWords(Issue i) {
    Set<String> own = Words.content(i.text());
    if (own.size() >= SHORT_QUESTION || i.anchor().isBlank()) {
      return own;
    }
    return Words.content(i.text() + " " + i.anchor());
  }

  private static final int SHORT_QUESTION = 5;

  private static int[] positions(ThreadAnalysis a, Gold g, Map<String, String> issueMap,
      Map<MessageKey, String> toGold, List<String> misses) {
    List<Gold.GoldPosition> gold = g.positions();
    Position[] match = new Position[gold.size()];
    Set<Position> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (boolean sameMessage : new boolean[] {true, false}) {
      for (int i = 0; i < gold.size(); i++) {
        Gold.GoldPosition gp = gold.get(i);
        String issue = issueMap.get(gp.issue());
        if (match[i] != null || issue == null) {
          continue;
        }
        for (Position p : a.positions()) {
          if (!used.contains(p) && p.issue().equals(issue) && sameName(p.who(), gp.participant())
              && (!sameMessage || gp.in().equals(toGold.get(p.evidence().in())))) {
            match[i] = p;
            used.add(p);
            break;
          }
        }
      }
    }
    int matched = 0;
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      Gold.GoldPosition gp = gold.get(i);
      String where = gp.in() + " " + gp.participant() + " on " + gp.issue();
      if (match[i] == null) {
        String issue = issueMap.get(gp.issue());
        String elsewhere = a.positions().stream()
            .filter(p -> sameName(p.who(), gp.participant())
                && gp.in().equals(toGold.get(p.evidence().in())))
            .map(p -> p.issue() + " " + p.stance().label()).reduce((x, y) -> x + ", " + y)
            .map(x -> " {found in that message: " + x + "}").orElse(" {no stance found in that message}");
        misses.add("position missed: " + where + " (" + gp.stance() + ")"
            + (issue == null ? " [gold issue not mapped]" : " [mapped to " + issue + "]")
            + elsewhere + ": " + gp.evidence());
        continue;
      }
      matched++;
      Stance found = match[i].stance();
      if (Stance.parseLoose(gp.stance()).filter(s -> s == found).isPresent()) {
        correct++;
      } else {
        misses.add("stance: " + where + ": gold " + gp.stance() + ", found "
            + match[i].stance().label() + " in " + toGold.get(match[i].evidence().in()) + ": "
            + match[i].evidence().excerpt());
      }
    }
    return new int[] {matched, correct};
  }

  private static int[] decisions(ThreadAnalysis a, Gold g, Map<String, String> issueMap) {
    int matched = 0;
    for (Gold.GoldDecision gd : g.decisions()) {
      String issue = issueMap.get(gd.issue());
      for (Decision d : a.decisions()) {
        if (d.issue().equals(issue) && d.status().label().equalsIgnoreCase(gd.status().strip())) {
          matched++;
          break;
        }
      }
    }
    return new int[] {matched};
  }

  private static int[] normative(ThreadAnalysis a, Gold g, Map<MessageKey, String> toGold) {
    int matched = 0;
    int debated = 0;
    int[] match = matchNormative(a, g, toGold);
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        matched++;
        if (a.normative().get(match[i]).debated() == g.normative().get(i).debated()) {
          debated++;
        }
      }
    }
    return new int[] {matched, debated};
  }

  /** Gold normative entries that count: all but those the gold marks as mentions. */
  static int normativeExpected(Gold g) {
    return (int) g.normative().stream().filter(n -> !n.mentionOnly()).count();
  }

  /**
   * For each gold normative entry the index of the found use it matched, -1 for none (and
   * for mention-only entries, which are not scored). A use matches on message, keyword and
   * case: an RFC 2119 keyword by the keyword ("shouldn't" is SHOULD NOT), a strength phrase
   * ("highly encouraged") by its words. Among several candidates in one message the one whose
   * sentence shares most words with the gold's gist wins, one-to-one.
   */
  static int[] matchNormative(ThreadAnalysis a, Gold g, Map<MessageKey, String> toGold) {
    int[] out = new int[g.normative().size()];
    boolean[] taken = new boolean[a.normative().size()];
    for (int gi = 0; gi < out.length; gi++) {
      Gold.GoldNormative gn = g.normative().get(gi);
      out[gi] = -1;
      if (gn.mentionOnly()) {
        continue;
      }
      String want = phrase(gn.keyword());
      Optional<Rfc2119> kw = Rfc2119.parse(want);
      Set<String> gist = Words.content(gn.gist());
      int best = -1;
      int bestScore = -1;
      for (int i = 0; i < a.normative().size(); i++) {
        NormativeUse k = a.normative().get(i);
        boolean same = kw.isPresent() ? k.keyword().equals(kw) : phrase(k.asWritten()).equals(want);
        if (taken[i] || !same || k.capitalized() != gn.capitalized()
            || !gn.in().equals(toGold.get(k.evidence().in()))) {
          continue;
        }
        int score = Words.overlap(gist, Words.content(k.evidence().excerpt()));
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best >= 0) {
        taken[best] = true;
        out[gi] = best;
      }
    }
    return out;
  }

  /** A keyword as compared: lower case, contractions spelled out, spaces collapsed. */
  static String phrase(String s) {
    return s.toLowerCase(Locale.ROOT).replace("n't", " not").replaceAll("\\s+", " ").strip();
  }

  /**
   * What a score leaves out, one line each: gold decisions and normative keywords that found
   * nothing to match, and found ones that matched no gold, so a reader can see why a figure is
   * low without a debugger.
   */
  public List<String> misses(ThreadAnalysis a, Gold g) {
    List<String> out = new ArrayList<>();
    Map<String, MessageRef> toPred = alignMessages(a.messages(), g.messages());
    Map<MessageKey, String> toGold = new HashMap<>();
    toPred.forEach((k, m) -> toGold.put(m.key(), k));
    Map<String, String> issueMap = alignIssues(a.issues(), g.issues());
    Map<String, String> issueText = new HashMap<>();
    a.issues().forEach(i -> issueText.put(i.id(), i.text()));
    issueLines(a, g, issueMap, out);
    Set<Decision> used = new HashSet<>();
    for (Gold.GoldDecision gd : g.decisions()) {
      String issue = issueMap.get(gd.issue());
      Optional<Decision> hit = a.decisions().stream().filter(d -> d.issue().equals(issue)
          && d.status().label().equalsIgnoreCase(gd.status().strip())).findFirst();
      if (hit.isPresent()) {
        used.add(hit.get());
        continue;
      }
      String found = issue == null ? "no issue aligned" : "issue " + issue + " \"" + issueText.get(issue)
          + "\" found as " + a.decisions().stream().filter(d -> d.issue().equals(issue))
              .map(d -> d.status().label()).toList();
      out.add("decision miss: " + gd.issue() + " " + gd.status() + " (" + g.issues().get(gd.issue())
          + "): " + found);
    }
    for (Decision d : a.decisions()) {
      if (!used.contains(d)) {
        out.add("decision extra: " + d.issue() + " " + d.status().label() + " \""
            + issueText.get(d.issue()) + "\" <- " + d.gist());
      }
    }
    int[] match = matchNormative(a, g, toGold);
    Set<Integer> hit = new HashSet<>();
    for (int i = 0; i < match.length; i++) {
      Gold.GoldNormative gn = g.normative().get(i);
      if (match[i] >= 0) {
        hit.add(match[i]);
        NormativeUse k = a.normative().get(match[i]);
        if (k.debated() != gn.debated()) {
          out.add("normative debated: " + gn.in() + " \"" + gn.keyword() + "\": gold "
              + (gn.debated() ? "debated" : "not debated") + ", found "
              + (k.debated() ? "debated" : "not debated") + " (" + gn.gist() + ")");
        }
      } else if (!gn.mentionOnly()) {
        out.add("normative miss: " + gn.in() + " \"" + gn.keyword() + "\" cap=" + gn.capitalized()
            + " (" + gn.gist() + ")");
      }
    }
    for (int i = 0; i < a.normative().size(); i++) {
      NormativeUse k = a.normative().get(i);
      if (!hit.contains(i) && k.notable()) {
        out.add("normative extra: " + toGold.get(k.evidence().in()) + " \"" + k.asWritten() + "\" "
            + k.place().label() + " <- " + k.evidence().excerpt());
      }
    }
    return out;
  }

  /**
   * How the issues aligned, one line per gold issue ("issue: key -> i3 ..." or "issue not
   * mapped: key ...") and per found issue no gold issue took ("issue extra: ..."), so a low
   * position or decision score can be traced to issues that are too fine or missing.
   */
  private static void issueLines(ThreadAnalysis a, Gold g, Map<String, String> issueMap,
      List<String> out) {
    Map<String, Issue> byId = new HashMap<>();
    a.issues().forEach(i -> byId.put(i.id(), i));
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(g.issues()).entrySet()) {
      String found = issueMap.get(e.getKey());
      out.add(found == null ? "issue not mapped: " + e.getKey() + " (" + e.getValue() + ")"
          : "issue: " + e.getKey() + " -> " + found + " " + byId.get(found).kind().label() + " \""
              + byId.get(found).text() + "\"");
    }
    Set<String> taken = new HashSet<>(issueMap.values());
    for (Issue i : a.issues()) {
      if (!taken.contains(i.id())) {
        out.add("issue extra: " + i.id() + " " + i.kind().label() + " \"" + i.text() + "\"");
      }
    }
  }

  /**
   * Names compared without case, accents or punctuation ("Høiland" is "hoiland"), and with the
   * surname first or last ("Bird, Tim" as corporate mail writes it is the labeller's "Tim
   * Bird"; {@link Participant#sameAs}).
   */
  static boolean sameName(Participant p, String goldName) {
    String a = fold(p.display());
    String b = fold(goldName);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    return a.equals(b) || p.address().map(x -> fold(x).equals(b)).orElse(false)
        || Participant.named(p.display()).sameAs(Participant.named(goldName));
  }

  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replace("ø", "o").replace("Ø", "O")
        .replace("ł", "l").replace("Ł", "L").replace("æ", "ae").replace("ß", "ss");
    StringBuilder sb = new StringBuilder();
    for (char c : d.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
