package quorum.analysis.position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.analysis.Issue;
import quorum.analysis.internal.Block;
import quorum.analysis.internal.ThreadView;
import quorum.analysis.internal.Turn;
import quorum.analysis.internal.Words;
import quorum.analysis.nlp.Sentence;
import quorum.mail.Position;

/**
 * The features by which {@link AttachModel} ranks the issues a stance sentence may speak to,
 * one list per candidate issue, the same at training and at run time. They say how the
 * hand-written chain chose ({@link IssueRegistry#issueOf}), how many content words the
 * sentence, its block and the quote above it share with each issue (and whether that issue
 * shares the most), where the issue was raised relative to the sentence (the quoted
 * message, the parent message, this message, this block, how many turns back), by whom, and
 * of what kind it is. Nothing names a word of one thread.
 */
public final class AttachFeatures {
  private AttachFeatures() {}

  /** Each candidate issue of sentence {@code s} with its features, in the order raised. */
  public static Map<Issue, List<String>> of(ThreadView view, IssueRegistry reg, Turn t, Block b,
      Sentence s, Issue rule, List<Position> earlier) {
    List<Issue> candidates = reg.candidates(t);
    if (!candidates.contains(rule)) {
      candidates.add(rule);
    }
    Set<String> sentence = Words.content(s.text());
    StringBuilder blockText = new StringBuilder();
    b.sentences().forEach(x -> blockText.append(x.text()).append(' '));
    Set<String> block = Words.content(blockText.toString());
    Set<String> quote = Words.content(b.anchor());
    Map<Issue, int[]> shared = new LinkedHashMap<>();
    int[] most = new int[3];
    for (Issue i : candidates) {
      Set<String> iw = reg.wordsOf(i);
      int[] v = {Words.overlap(sentence, iw), Words.overlap(block, iw), Words.overlap(quote, iw)};
      shared.put(i, v);
      for (int k = 0; k < 3; k++) {
        most[k] = Math.max(most[k], v[k]);
      }
    }
    Optional<Issue> quoted = reg.quotedIssue(t, b);
    Optional<Issue> above = reg.answeredAbove(b);
    Optional<Issue> raisedEarlier = reg.raisedEarlierIn(b, s);
    Optional<Issue> own = reg.raised(s);
    Optional<Issue> latest = candidates.stream().filter(i -> !i.in().equals(t.key()))
        .reduce((x, y) -> position(view, y) >= position(view, x) ? y : x);
    String size = s.size() <= SHORT ? "short" : "long";
    // who stood on what in earlier messages: replies carry on what their parent argued
    Optional<Turn> parent = view.parent(t.key()).flatMap(view::turn);
    Map<String, Set<String>> standers = new java.util.HashMap<>();
    Set<String> byWriter = new java.util.HashSet<>();
    Set<String> byParent = new java.util.HashSet<>();
    for (Position p : earlier) {
      standers.computeIfAbsent(p.issue(), k -> new java.util.HashSet<>())
          .add(p.who().display().toLowerCase(java.util.Locale.ROOT));
      if (p.who().sameAs(t.author())) {
        byWriter.add(p.issue());
      }
      if (parent.isPresent() && p.evidence().in().equals(parent.get().key())) {
        byParent.add(p.issue());
      }
    }
    Set<Issue> parentBlocks = new java.util.HashSet<>();
    parent.ifPresent(pt -> pt.blocks().forEach(pb -> reg.issueSoFar(pb).ifPresent(parentBlocks::add)));
    Map<Issue, List<String>> out = new LinkedHashMap<>();
    for (Issue i : candidates) {
      List<String> f = new ArrayList<>();
      String kind = reg.topic().filter(i::equals).isPresent() ? "topic" : i.kind().label();
      boolean chosen = i.equals(rule);
      int[] v = shared.get(i);
      f.add("bias");
      f.add("kind=" + kind);
      if (chosen) {
        f.add("rule");
        f.add("rule&kind=" + kind);
        f.add("rule&" + size);
        f.add("rule&s.ov=" + bucket(v[0]));
      }
      String[] where = {"s", "b", "q"};
      for (int k = 0; k < 3; k++) {
        f.add(where[k] + ".ov=" + bucket(v[k]));
        if (v[k] > 0 && v[k] == most[k]) {
          f.add(where[k] + ".most");
          f.add(where[k] + ".most&kind=" + kind);
        }
      }
      f.add("s.ov=" + bucket(v[0]) + "&q.ov=" + bucket(v[2]));
      if (quoted.filter(i::equals).isPresent()) {
        f.add("quoted");
        f.add("quoted&s.ov=" + bucket(v[0]));
      }
      above.filter(i::equals).ifPresent(x -> f.add("answered-above"));
      raisedEarlier.filter(i::equals).ifPresent(x -> f.add("raised-earlier-in-block"));
      own.filter(i::equals).ifPresent(x -> f.add("raised-by-sentence"));
      latest.filter(i::equals).ifPresent(x -> f.add("latest"));
      if (i.in().equals(t.key())) {
        f.add("from=this-message");
      } else if (b.anchorFrom().filter(i.in()::equals).isPresent()) {
        f.add("from=quoted-message");
      } else if (view.parent(t.key()).filter(i.in()::equals).isPresent()) {
        f.add("from=parent");
      } else if (view.descendsFrom(t.key(), i.in())) {
        f.add("from=ancestor");
      } else {
        f.add("from=elsewhere");
      }
      f.add("back=" + distance(t.position() - position(view, i)));
      if (i.raisedBy().sameAs(t.author())) {
        f.add("by-writer");
        f.add("by-writer&kind=" + kind);
      }
      if (IssueRegistry.namesTheProposal(s)) {
        f.add("names-whole&kind=" + kind);
      }
      f.add(size + "&kind=" + kind);
      int stood = standers.getOrDefault(i.id(), Set.of()).size();
      f.add("stood-by=" + (stood >= 4 ? "4+" : stood >= 2 ? "2-3" : Integer.toString(stood)));
      if (byWriter.contains(i.id())) {
        f.add("writer-stood");
      }
      if (byParent.contains(i.id())) {
        f.add("parent-stood");
        f.add("parent-stood&s.ov=" + bucket(v[0]));
      }
      if (parentBlocks.contains(i)) {
        f.add("parent-block");
      }
      out.put(i, f);
    }
    return out;
  }

  /** Tokens up to which a sentence is short ("+1", "Fine by me.", "NAK"). */
  private static final int SHORT = 8;

  private static int position(ThreadView view, Issue i) {
    return view.turn(i.in()).map(Turn::position).orElse(0);
  }

  private static String bucket(int n) {
    return n >= 3 ? "3+" : Integer.toString(n);
  }

  private static String distance(int turns) {
    if (turns <= 1) {
      return Integer.toString(Math.max(turns, 0));
    }
    return turns <= 3 ? "2-3" : turns <= 7 ? "4-7" : "8+";
  }
}
