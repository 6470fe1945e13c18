package quorum.analysis.testing;

import static quorum.analysis.testing.Fixtures.*;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.patch;
import static quorum.analysis.testing.Threads.quote;

import quorum.analysis.nlp.Sentence;
import quorum.mail.Discussion;

/**
 * The seed's exchange rebuilt by hand (own text as the real pipeline parses it), so the
 * whole analysis can be tested without loading models.
 */
public final class SeedLike {
  private SeedLike() {}

  static String t(Sentence... ss) {
    StringBuilder sb = new StringBuilder();
    for (Sentence s : ss) {
      sb.append(sb.length() == 0 ? "" : " ").append(s.text());
    }
    return sb.toString();
  }

  public static final String M0_PATCH = String.join("\n",
      "--- a/Documentation/bpf/kfuncs.rst",
      "+++ b/Documentation/bpf/kfuncs.rst",
      "@@ -7,3 +7,3 @@",
      "-another. Hence, BPF programs need to be updated in response to changes in the",
      "-kernel.",
      "+another. Hence, BPF programs may need to be updated in response to changes in the",
      "+kernel.",
      "@@ -223,2 +223,4 @@",
      "+``EXPORT_SYMBOL_GPL`` macro. All new BPF kernel helper-like functionality must",
      "+initially start out as kfuncs.");

  public static final String M2 = t(GOOD_QUESTION, HOPING_CLEAR_UP, NO_STRONG_OPINION);
  public static final String M3 = t(WORTH_CAPITALIZE, OR_GO_WITH_SHOULD, FINE_EITHER_WAY, STOPS_ME_NOT_SURE_WHY);
  public static final String M4 = t(DID_YOU_GREP, IF_YOU_CARE);
  public static final String M5 = t(SUPPORT_WHATEVER, TRYING_TO_CLARIFY);

  public static ScriptedAnnotator annotator() {
    return new ScriptedAnnotator(THIS_PATCH_ADDS, CLARIFY_BAN, GOOD_QUESTION, HOPING_CLEAR_UP,
        NO_STRONG_OPINION, WORTH_CAPITALIZE, OR_GO_WITH_SHOULD, FINE_EITHER_WAY,
        STOPS_ME_NOT_SURE_WHY, DID_YOU_GREP, IF_YOU_CARE, SUPPORT_WHATEVER, TRYING_TO_CLARIFY,
        APPLIED_THANKS);
  }

  public static Threads thread() {
    return new Threads("[PATCH RFC v2] bpf/docs: document the stability of kfuncs (\"stable kfuncs\")")
        .message("m0", "Toke Høiland-Jørgensen", null, own(THIS_PATCH_ADDS.text()), patch(M0_PATCH))
        .message("m1", "Stanislav Fomichev", "m0",
            quote("All new BPF kernel helper-like functionality must\ninitially start out as kfuncs."),
            own(CLARIFY_BAN.text()))
        .message("m2", "Toke Høiland-Jørgensen", "m1", quote(CLARIFY_BAN.text()), own(M2))
        .message("m3", "Stanislav Fomichev", "m2", quote(M2), own(M3))
        .message("m4", "Alexei Starovoitov", "m3", quote(M3), own(M4))
        .message("m5", "Stanislav Fomichev", "m4", quote(M4), own(M5));
  }

  public static Discussion discussion() {
    return thread().build();
  }
}
