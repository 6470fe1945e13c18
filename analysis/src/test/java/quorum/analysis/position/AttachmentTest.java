package quorum.analysis.position;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.analysis.testing.Threads.own;
import static quorum.analysis.testing.Threads.quote;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import quorum.analysis.Analyzer;
import quorum.analysis.Issue;
import quorum.analysis.ThreadAnalysis;
import quorum.analysis.testing.NlpExtension;
import quorum.analysis.testing.Threads;
import quorum.mail.Position;

/**
 * Which found issue a reply's stand attaches to, read from the reply tree: a stand under the
 * proposal author's defence of the proposal is on the proposal; one under a quote that cuts a
 * raised point short is on that point; a "+1" naming another issue is on that issue; "that
 * approach" right after a question that suggests one points back at it, not at the proposal.
 */
@Tag("nlp")
@ExtendWith(NlpExtension.class)
class AttachmentTest {
  private static Optional<Issue> lastIssueOf(ThreadAnalysis a, String who) {
    Optional<Position> p = a.positions().stream()
        .filter(x -> x.who().display().equals(who)).reduce((x, y) -> y);
    return p.flatMap(x -> a.issues().stream().filter(i -> i.id().equals(x.issue())).findFirst());
  }

  @Test
  void aStandUnderTheProposersDefenceIsOnTheProposal(Analyzer analyzer) {
    String proposal = "We propose to stop building i386 installer images from the release"
        + " after next.";
    String worry = "What about the people running old 32-bit netbooks in schools?";
    String defence = "Schools with old netbooks can keep installing the current release,"
        + " which is supported for another three years.";
    ThreadAnalysis a = analyzer.analyze(new Threads("Proposal: drop i386 from the installer images")
        .message("m0", "Olga Ivanova", null, own("Hi all,\n\n" + proposal))
        .message("m1", "Rafael Souza", "m0", quote(proposal), own(worry))
        .message("m2", "Olga Ivanova", "m1", quote(worry), own("The download statistics show"
            + " almost no i386 installs. " + defence
            + "\n\nTariq's point about the release notes is a good one; we'll add it."))
        .message("m3", "Ben Carter", "m2", quote(defence),
            own("With the release team hat on: fine by us."))
        .build());
    assertThat(lastIssueOf(a, "Ben Carter")).get()
        .satisfies(i -> assertThat(i.kind()).isEqualTo(Issue.Kind.PROPOSAL));
  }

  @Test
  void aQuoteCutShortAtALineBreakStillPointsAtTheQuestionItCuts(Analyzer analyzer) {
    String proposal = "This patch adds a bridge that turns review replies sent by mail into"
        + " comments on the forge.";
    String asked = "Could we rely on DKIM signatures to make sure that review replies sent by"
        + " mail are not forged on the way?";
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] forge: accept review replies by mail")
        .message("m0", "Don Zickus", null, own(proposal))
        .message("m1", "Konstantin Ryabitsev", "m0", quote(proposal), own(asked))
        .message("m2", "Don Zickus", "m1",
            quote("Could we rely on DKIM signatures to make sure that review replies"),
            own("Happy to work towards a solution here."))
        .build());
    assertThat(lastIssueOf(a, "Don Zickus")).get()
        .satisfies(i -> assertThat(i.text()).isEqualTo(asked));
  }

  @Test
  void aPlusOneNamingAnotherIssueIsOnThatIssue(Analyzer analyzer) {
    String request = "Add a public function, and request an API freeze break for it since we"
        + " froze the API last Monday.";
    String asked = "Why can't this wait for the next release?";
    ThreadAnalysis a = analyzer.analyze(new Threads("[PATCH] window: add set_backdrop()")
        .message("m0", "Sofia Lindahl", null, own(request))
        .message("m1", "Tomas Ruiz", "m0", quote(request), own(asked))
        .message("m2", "Ana Kowalski", "m0", quote(request),
            own("+1 to the freeze break from me."))
        .build());
    assertThat(lastIssueOf(a, "Ana Kowalski")).get()
        .satisfies(i -> assertThat(i.text()).isEqualTo(asked));
  }

  @Test
  void thatApproachAfterASuggestedCoursePointsBackAtIt(Analyzer analyzer) {
    String proposal = "I propose a session on merging the folio patches at the summit.";
    String asked = "So: should anonymous pages be more like file pages?";
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] Folios at the summit")
        .message("m0", "Ted Tso", null, own(proposal))
        .message("m1", "Kent Overstreet", "m0", quote(proposal), own(asked + " I think that"
            + " is worth exploring, and a lot of code could be unified with that approach."))
        .build());
    assertThat(lastIssueOf(a, "Kent Overstreet")).get()
        .satisfies(i -> assertThat(i.text()).isEqualTo(asked));
  }

  @Test
  void aConcernQuestionUnderTheProposalIsAlsoAConcernOnIt(Analyzer analyzer) {
    String proposal = "We propose to stop publishing armel nightly builds from the spring"
        + " release on.";
    ThreadAnalysis a = analyzer.analyze(new Threads("Proposal: stop the armel nightly builds")
        .message("m0", "Mira Holm", null, own(proposal))
        .message("m1", "Jonas Eck", "m0", quote(proposal),
            own("What about the people running old ARM boards in university labs?"))
        .build());
    Issue p = a.issues().stream().filter(i -> i.kind() == Issue.Kind.PROPOSAL).findFirst()
        .orElseThrow();
    assertThat(a.positions()).anySatisfy(x -> {
      assertThat(x.who().display()).isEqualTo("Jonas Eck");
      assertThat(x.issue()).isEqualTo(p.id());
      assertThat(x.stance()).isEqualTo(quorum.mail.Stance.CONCERN);
    });
  }

  @Test
  void aStandUnderACallForViewsIsOnTheStatementItAsksAbout(Analyzer analyzer) {
    String proposal = "I propose a session on the release tooling at the summit.";
    String settled = "We agreed that the session moves to the main track, where it gets a"
        + " longer slot.";
    ThreadAnalysis a = analyzer.analyze(new Threads("[TOPIC] Release tooling")
        .message("m0", "Pia Lund", null, own(proposal))
        .message("m1", "Omar Haddad", "m0", quote(proposal),
            own(settled + " Thoughts?"))
        .message("m2", "Lena Brandt", "m1",
            quote(settled + " Thoughts?"), own("Fine by me."))
        .build());
    assertThat(lastIssueOf(a, "Lena Brandt")).get()
        .satisfies(i -> assertThat(i.text()).isEqualTo(settled));
  }
}
