package quorum.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quorum.analysis.normative.NormativeOption;
import quorum.analysis.normative.NormativeUse;
import quorum.analysis.normative.StrengthChange;
import quorum.mail.Decision;
import quorum.mail.Evidence;
import quorum.mail.Position;
import quorum.mail.Question;
import quorum.mail.Response;

/**
 * A {@link ThreadAnalysis} as the JSON tree of {@code quorum analyze --json} (one element of
 * {@code "threads"}), built from JDK maps and lists so any JSON writer can print it. Fields:
 * <pre>
 * {"subject", "decided", "questions":[{"id","asker","message","text","form","status",
 *   "responses":[{"by","message","resolves","gist"}]}],
 *  "issues":[{"id","text","kind","raised_by","message","anchor"}],
 *  "positions":[{"participant","issue","stance","message","evidence"}],
 *  "decisions":[{"issue","status","text","by","message"}],
 *  "normative":[{"keyword","as_written","rfc2119","capitalized","strength","strength_grade",
 *    "place","by","message","text","debated",
 *    "options":[{"option","by","message","text","why","outcome"}],"resolved_to"}],
 *  "strength_changes":[{"message","before","before_grade","after","after_grade"}],
 *  "temperature":{"score","level","points","nacks","oppositions","concerns",
 *    "unanswered_challenges","contested_issues",
 *    "drivers":[{"message","participant","kind","issue","points","text"}]}}
 * </pre>
 * Ids and message keys are strings; {@code form} and {@code status} use the gold schema's
 * spellings ("suggestion-as-question", "responded-not-resolved").
 */
public final class AnalysisJson {
  private AnalysisJson() {}

  public static Map<String, Object> tree(ThreadAnalysis a) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("subject", a.subject());
    t.put("decided", a.decided());
    List<Object> qs = new ArrayList<>();
    int n = 1;
    for (Question q : a.questions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", "q" + n++);
      m.put("asker", q.asker().display());
      m.put("message", q.evidence().in().value());
      m.put("text", q.about());
      m.put("form", q.form().label());
      m.put("status", q.status().label());
      List<Object> rs = new ArrayList<>();
      for (Response r : q.responses()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("by", r.by().display());
        rm.put("message", r.in().value());
        rm.put("resolves", r.resolves());
        rm.put("gist", r.gist());
        rs.add(rm);
      }
      m.put("responses", rs);
      m.put("anchor", q.evidence().anchor());
      qs.add(m);
    }
    t.put("questions", qs);
    List<Object> is = new ArrayList<>();
    for (Issue i : a.issues()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", i.id());
      m.put("text", i.text());
      m.put("kind", i.kind().label());
      m.put("raised_by", i.raisedBy().display());
      m.put("message", i.in().value());
      m.put("anchor", i.anchor());
      is.add(m);
    }
    t.put("issues", is);
    List<Object> ps = new ArrayList<>();
    for (Position p : a.positions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("participant", p.who().display());
      m.put("issue", p.issue());
      m.put("stance", p.stance().label());
      m.put("message", p.evidence().in().value());
      m.put("evidence", p.evidence().excerpt());
      ps.add(m);
    }
    t.put("positions", ps);
    List<Object> ds = new ArrayList<>();
    for (Decision d : a.decisions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", d.issue());
      m.put("status", d.status().label());
      m.put("text", d.gist());
      m.put("by", d.by().map(x -> (Object) x.display()).orElse(null));
      m.put("message", d.evidence().in().value());
      ds.add(m);
    }
    t.put("decisions", ds);
    List<Object> ns = new ArrayList<>();
    for (NormativeUse k : a.normative()) {
      ns.add(normative(k));
    }
    t.put("normative", ns);
    List<Object> cs = new ArrayList<>();
    for (StrengthChange c : a.strengthChanges()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("message", c.in().value());
      m.put("before", c.before());
      m.put("before_grade", c.beforeGrade());
      m.put("after", c.after());
      m.put("after_grade", c.afterGrade());
      cs.add(m);
    }
    t.put("strength_changes", cs);
    t.put("temperature", temperature(a.temperature()));
    return t;
  }

  private static Map<String, Object> temperature(Temperature temp) {
    Map<String, Object> m = new LinkedHashMap<>();
    // two decimals: enough to compare threads, stable across platforms
    m.put("score", Math.round(temp.score() * 100) / 100.0);
    m.put("level", temp.level().label());
    m.put("points", temp.points());
    m.put("nacks", temp.nacks());
    m.put("oppositions", temp.oppositions());
    m.put("concerns", temp.concerns());
    m.put("unanswered_challenges", temp.unansweredChallenges());
    m.put("contested_issues", temp.contested());
    List<Object> ds = new ArrayList<>();
    for (Temperature.Driver d : temp.drivers()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("message", d.message().value());
      dm.put("participant", d.who().display());
      dm.put("kind", d.kind().label());
      dm.put("issue", d.issue().isEmpty() ? null : d.issue());
      dm.put("points", d.kind().points());
      dm.put("text", d.excerpt());
      ds.add(dm);
    }
    m.put("drivers", ds);
    return m;
  }

  private static Map<String, Object> normative(NormativeUse k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("keyword", k.label());
    m.put("as_written", k.asWritten());
    m.put("rfc2119", k.keyword().map(x -> (Object) x.text()).orElse(null));
    m.put("capitalized", k.capitalized());
    m.put("strength", k.strength().label());
    m.put("strength_grade", k.strength().value());
    m.put("place", k.place().label());
    m.put("by", k.by().display());
    m.put("message", k.evidence().in().value());
    m.put("text", k.evidence().excerpt());
    m.put("debated", k.debated());
    List<Object> opts = new ArrayList<>();
    for (NormativeOption o : k.options()) {
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("option", o.option());
      om.put("by", o.by().display());
      om.put("message", o.in().value());
      om.put("text", o.text());
      om.put("why", o.why());
      om.put("outcome", o.outcome().label());
      opts.add(om);
    }
    m.put("options", opts);
    m.put("resolved_to", k.resolvedTo().orElse(null));
    return m;
  }

  /** Where a finding's evidence points, as "message-key lines a-b". */
  static String where(Evidence e) {
    return e.in().value() + " lines " + e.lines().first() + "-" + e.lines().last();
  }
}
