package quorum.ingest.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static quorum.testing.SegmentAssertions.assertSegments;
import static quorum.testing.SegmentAssertions.attribution;
import static quorum.testing.SegmentAssertions.authored;
import static quorum.testing.SegmentAssertions.patch;
import static quorum.testing.SegmentAssertions.quoted;
import static quorum.testing.SegmentAssertions.signature;
import static quorum.testing.SegmentAssertions.snip;
import static quorum.testing.SegmentAssertions.trailer;

import java.util.List;
import org.junit.jupiter.api.Test;
import quorum.mail.Attribution;
import quorum.mail.AttributionStyle;
import quorum.mail.LineSpan;
import quorum.mail.Segment;
import quorum.mail.Trailer;
import quorum.mail.Patch;
import quorum.mail.Signature;
import quorum.testing.SegmentAssertions;

class BodySegmenterTest {
  private static String body(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void splitsOwnTextFromAQuoteWithItsAttribution() {
    List<Segment> s = assertSegments(body(
            "On Tue, Jan 17, 2023 at 3:19 PM Alexei Starovoitov <ast@kernel.org> wrote:",
            "> Did you do:",
            "> git grep bpf_jit_supports_kfunc_call",
            "",
            "Exactly why I'm asking."),
        attribution(0, "Alexei Starovoitov"),
        quoted(1, "Did you do: git grep bpf_jit_supports_kfunc_call"),
        authored("Exactly why I'm asking."));
    assertThat(s.get(0).lines()).isEqualTo(LineSpan.of(1, 1));
    assertThat(s.get(1).lines()).isEqualTo(LineSpan.of(2, 3));
    assertThat(s.get(2).lines()).isEqualTo(LineSpan.of(5, 5));
  }

  @Test
  void countsEveryMarkerInMixedRuns() {
    assertSegments(body(
            "> > >> deepest",
            "> >>> also four",
            ">>> three",
            "> > two",
            ">one",
            "own"),
        quoted(4, "deepest also four"), quoted(3, "three"), quoted(2, "two"), quoted(1, "one"),
        authored("own"));
  }

  @Test
  void joinsParagraphsOfOneDepthAcrossBlankQuoteLines() {
    assertSegments(body("> first paragraph", ">", "> second paragraph", "", "reply"),
        quoted(1, "first paragraph second paragraph"), authored("reply"));
  }

  @Test
  void readsAnAttributionWrappedOverTwoLines() {
    assertSegments(body(
            "On Tue, Sep 25, 2012 at 8:59 AM, Chris Wanstrath",
            "<notifications@github.com>wrote:",
            "",
            "> Steps 0-2 are in prod."),
        attribution(0, "Chris Wanstrath"), quoted(1, "Steps 0-2 are in prod."));
  }

  @Test
  void readsAWrappedAttributionWhoseContinuationIsQuotedAtTheSameDepth() {
    List<Segment> s = assertSegments(body(
            "> On Tue, Jan 17, 2023 at 2:04 PM Toke Høiland-Jørgensen",
            "> <toke@redhat.com> wrote:",
            ">> Following up on the discussion",
            "> Good point.",
            "Agreed."),
        attribution(1, "Toke Høiland-Jørgensen"), quoted(2, "Following up on the discussion"),
        quoted(1, "Good point."), authored("Agreed."));
    assertThat(((Attribution) s.get(0)).who().address()).contains("toke@redhat.com");
    assertThat(s.get(0).lines()).isEqualTo(LineSpan.of(1, 2));
  }

  @Test
  void readsARussianAttributionWrappedInsideTheAddress() {
    assertSegments(body(
            "Hello",
            "02.04.2012 14:20 пользователь \"bob@xxx.mailgun.org\" <",
            "bob@xxx.mailgun.org> написал:",
            "",
            "> Hi"),
        authored("Hello"), attribution(0, "bob@xxx.mailgun.org"), quoted(1, "Hi"));
  }

  @Test
  void readsAnAttributionWrappedOverThreeLines() {
    assertSegments(body(
            "I get proper rendering as well.",
            "",
            "On Dec 16, 2011, at 12:47 PM, Corey Donohoe",
            "<reply@reply.github.com>",
            "wrote:",
            "",
            "> Was this caching related or fixed already?"),
        authored("I get proper rendering as well."), attribution(0, "Corey Donohoe"),
        quoted(1, "Was this caching related or fixed already?"));
  }

  @Test
  void readsNameWritesAttributions() {
    List<Segment> s = assertSegments(body(
            "Stanislav Fomichev <sdf@xxxxxxxxxx> writes:",
            "",
            "> To clarify, are we banning new helpers?",
            "",
            "Good question!"),
        attribution(0, "Stanislav Fomichev"), quoted(1, "To clarify, are we banning new helpers?"),
        authored("Good question!"));
    assertThat(((Attribution) s.get(0)).style()).isEqualTo(AttributionStyle.NAME_WRITES);
  }

  @Test
  void aBareNameWroteNeedsAQuoteBelowIt() {
    assertSegments(body("As Linus Torvalds wrote:", "", "Never break userspace."),
        authored("As Linus Torvalds wrote: Never break userspace."));
    assertSegments(body("Linus Torvalds wrote:", "> Never break userspace.", "Right."),
        attribution(0, "Linus Torvalds"), quoted(1, "Never break userspace."), authored("Right."));
  }

  @Test
  void aBareNameWroteMayHaveASnipBeforeItsQuote() {
    assertSegments(body("Jason Gunthorpe wrote:", "[..]", "> > We could say it can only be used",
            "> Right.", "", "Agreed."),
        attribution(0, "Jason Gunthorpe"), snip(0, "[..]"),
        quoted(2, "We could say it can only be used"), quoted(1, "Right."), authored("Agreed."));
  }

  @Test
  void theEndOfAForwardIsNotAHeaderBlock() {
    assertSegments(body("Thanks,", "", "The TAB elections team",
            "-------------------- End of forwarded message --------------------"),
        authored("Thanks, The TAB elections team "
            + "-------------------- End of forwarded message --------------------"));
  }

  @Test
  void readsQuotingAttributions() {
    List<Segment> s = assertSegments(body(
            "Quoting Greg Kroah-Hartman (2023-01-17 15:19:05):",
            "> Please resend.",
            "Done."),
        attribution(0, "Greg Kroah-Hartman"), quoted(1, "Please resend."), authored("Done."));
    assertThat(((Attribution) s.get(0)).style()).isEqualTo(AttributionStyle.QUOTING);
  }

  @Test
  void readsGermanFrenchAndSpanishAttributions() {
    assertSegments(body("Am 17.01.2023 um 15:19 schrieb Jiri Olsa:", "> Hallo", "Danke"),
        attribution(0, "Jiri Olsa"), quoted(1, "Hallo"), authored("Danke"));
    assertSegments(body("Le mar. 17 janv. 2023 à 15:19, Quentin <q@isovalent.com> a écrit :",
            "> Salut", "Merci beaucoup"),
        attribution(0, "Quentin"), quoted(1, "Salut"), authored("Merci beaucoup"));
    assertSegments(body("El mar, 17 ene 2023 a las 15:19, José (<jose@example.es>) escribió:",
            "> Hola", "Gracias por todo"),
        attribution(0, "José"), quoted(1, "Hola"), authored("Gracias por todo"));
  }

  @Test
  void movesAnAppleMailAttributionOutOfTheQuoteItOpens() {
    assertSegments(body(
            "Hello",
            "> On 22 Aug 2015, at 19:21, Adam Renberg <tgwizard@gmail.com> wrote:",
            ">",
            "> Hi there!"),
        authored("Hello"), attribution(0, "Adam Renberg"), quoted(1, "Hi there!"));
  }

  @Test
  void treatsAnOutlookHeaderBlockAsAttributionAndTheRestAsQuoted() {
    List<Segment> s = assertSegments(body(
            "Hello",
            "",
            "-----Original Message-----",
            "From: bob <bob@example.com>",
            "To: xxx <xxx@gmail.com>",
            "Sent: Mon, Apr 2, 2012 5:49 pm",
            "Subject: Test",
            "",
            "Hi",
            "> older text"),
        authored("Hello"), attribution(0, "bob"), quoted(1, "Hi"), quoted(2, "older text"));
    Attribution a = (Attribution) s.get(1);
    assertThat(a.style()).isEqualTo(AttributionStyle.HEADER_BLOCK);
    assertThat(a.lines()).isEqualTo(LineSpan.of(3, 7));
    assertThat(a.when()).contains("Mon, Apr 2, 2012 5:49 pm");
    assertThat(a.date().orElseThrow().iso()).isEqualTo("2012-04-02T17:49:00");
  }

  @Test
  void aHeaderBlockFollowedByMarkedQuoteDoesNotShiftIt() {
    assertSegments(body(
            "Outlook with a reply directly above line",
            "",
            "From: CRM Comments [crm-comment@example.com]",
            "Sent: Friday, 23 March 2012 5:08 p.m.",
            "To: John S. Greene",
            "Subject: [contact:106] John Greene",
            "",
            "> A new comment has been added"),
        authored("Outlook with a reply directly above line"), attribution(0, "CRM Comments"),
        quoted(1, "A new comment has been added"));
  }

  @Test
  void findsSnipMarkers() {
    assertSegments(body("> first", "> [...]", "> <snip>", "> [ snip ]", ">> [..]", "> …", "> last",
            "", "own"),
        quoted(1, "first"), snip(1, "[...]"), snip(1, "<snip>"), snip(1, "[ snip ]"),
        snip(2, "[..]"), snip(1, "…"), quoted(1, "last"), authored("own"));
  }

  @Test
  void aBareEllipsisInOwnTextIsProse() {
    assertSegments(body("Well...", "...", "I am not sure."), authored("Well... ... I am not sure."));
    assertSegments(body("> quoted", "...", "> more quoted", "reply"),
        quoted(1, "quoted"), snip(0, "..."), quoted(1, "more quoted"), authored("reply"));
  }

  @Test
  void findsTheSignatureAfterTheDelimiter() {
    assertSegments(body("this is an email with a correct -- signature.", "", "-- ", "rick"),
        authored("this is an email with a correct -- signature."), signature(0, "-- rick"));
  }

  @Test
  void findsDeviceSignaturesButNotSentences() {
    assertSegments(body("Here is another email", "", "Sent from my iPhone"),
        authored("Here is another email"), signature(0, "Sent from my iPhone"));
    assertSegments(body("Here is another email", "", "Sent from my desk, is much easier."),
        authored("Here is another email Sent from my desk, is much easier."));
  }

  @Test
  void aHeadingUnderlineIsNotASignatureButADashRuleUnderThanksStillIs() {
    assertSegments(body("Some intro.", "", "Open problems", "-------------", "",
            "The tool will not catch every case.", "> example line", "", "More prose."),
        authored("Some intro. Open problems ------------- The tool will not catch every case."),
        quoted(1, "example line"), authored("More prose."));
    assertSegments(body("Looks good.", "", "Thanks", "----", "Jane Doe", "Example Corp"),
        authored("Looks good. Thanks"), signature(0, "---- Jane Doe Example Corp"));
  }

  @Test
  void aDelimiterBeforeParagraphsOfProseSeparatesANoteFromItsText() {
    String para = "This paragraph runs on for a while about the topic at hand, as real\n"
        + "proposals do, with several long lines of running text in each of the\n"
        + "paragraphs that follow the short note which introduced it all here.";
    List<Segment> s = new BodySegmenter().segment(body("The abstract follows.", "", "--", "",
        para, "", para, "", para));
    assertThat(s).noneMatch(x -> x instanceof Signature);
    assertThat(s.get(s.size() - 1).text()).contains("which introduced it all here.");
    // a disclaimer of one paragraph after the delimiter is still a signature
    assertSegments(body("Fine with me.", "", "--", "Jane Doe", "", para),
        authored("Fine with me."), signature(0, "-- Jane Doe " + para.replace('\n', ' ')));
  }

  @Test
  void aQuotedSignatureKeepsItsDepth() {
    assertSegments(body("> hi there", "> --", "> Hey there, this is my signature", "", "reply"),
        quoted(1, "hi there"), signature(1, "-- Hey there, this is my signature"),
        authored("reply"));
  }

  @Test
  void aMailingListFooterIsASignature() {
    assertSegments(body("Hi folks", "", "-Abhishek Kona", "", "",
            "_______________________________________________", "riak-users mailing list",
            "riak-users@lists.basho.com"),
        authored("Hi folks"), signature(0, "-Abhishek Kona"),
        signature(0, "_______________________________________________ riak-users mailing list "
            + "riak-users@lists.basho.com"));
  }

  @Test
  void aValedictionAndANameCloseTheOwnText() {
    assertSegments(body("Simone,", "", "It is 'example.com'.", "", "Thank you,", "Noam"),
        authored("Simone, It is 'example.com'."), signature(0, "Thank you, Noam"));
  }

  @Test
  void findsTrailersAndParsesTheirPeople() {
    List<Segment> s = assertSegments(body(
            "This fixes the leak.",
            "",
            "Fixes: 1234567890ab (\"bpf: add kfuncs\")",
            "Reported-by: Jane Doe <jane@example.org>",
            "Cc: stable@vger.kernel.org",
            "Signed-off-by: Toke Høiland-Jørgensen <toke@redhat.com>",
            "Acked-by: Stanislav Fomichev <sdf@google.com>"),
        authored("This fixes the leak."),
        trailer(0, "Fixes", "(unknown)"), trailer(0, "Reported-by", "Jane Doe"),
        trailer(0, "Cc", "stable@vger.kernel.org"),
        trailer(0, "Signed-off-by", "Toke Høiland-Jørgensen"),
        trailer(0, "Acked-by", "Stanislav Fomichev"));
    assertThat(((Trailer) s.get(2)).who().address()).contains("jane@example.org");
  }

  @Test
  void aCcLineInProseIsNotATrailer() {
    assertSegments(body("Cc: the maintainers, please have a look."),
        authored("Cc: the maintainers, please have a look."));
  }

  @Test
  void findsAnInlinePatchWithDiffstatAndTheSignatureAfterIt() {
    assertSegments(body(
            "Fix the refcount.",
            "",
            "Signed-off-by: Jane Doe <jane@example.org>",
            "---",
            " kernel/bpf/core.c | 2 +-",
            " 1 file changed, 1 insertion(+), 1 deletion(-)",
            "",
            "diff --git a/kernel/bpf/core.c b/kernel/bpf/core.c",
            "index 1111111..2222222 100644",
            "--- a/kernel/bpf/core.c",
            "+++ b/kernel/bpf/core.c",
            "@@ -10,3 +10,3 @@ int f(void)",
            " {",
            "-\treturn 0;",
            "+\treturn 1;",
            "",
            "-- ",
            "2.39.0"),
        authored("Fix the refcount."), trailer(0, "Signed-off-by", "Jane Doe"), patch(0, "---"),
        signature(0, "-- 2.39.0"));
  }

  @Test
  void followsAQuotedPatchAcrossInlineReviewComments() {
    assertSegments(body(
            "> @@ -1,6 +1,6 @@",
            ">  int a;",
            "> -int b;",
            "> +long b;",
            "",
            "Why long?",
            "",
            ">  int c;",
            ">  int d;",
            ">  int e;",
            "",
            "Looks fine otherwise."),
        patch(1, "@@ -1,6 +1,6 @@"), authored("Why long?"), patch(1, " int c;"),
        authored("Looks fine otherwise."));
  }

  @Test
  void countsHunkLinesWhoseContextSpaceWasLost() {
    assertSegments(body(
            ">> @@ -7,4 +7,4 @@ BPF Kernel Functions (kfuncs)",
            ">>",
            ">> BPF Kernel Functions or more commonly known as kfuncs",
            ">> -kfuncs do not have a stable interface",
            ">> +kfuncs by default do not have a stable interface",
            ">> 2. Defining a kfunc",
            ">> Back to prose after the hunk.",
            "> reply"),
        patch(2, "@@ -7,4 +7,4 @@ BPF Kernel Functions (kfuncs)"),
        quoted(2, "Back to prose after the hunk."), quoted(1, "reply"));
  }

  @Test
  void quotedAddedLinesWithoutAHunkHeaderAreAPatch() {
    assertSegments(body(
            "> +A driver must not enable rate matching unless the PHY advertises",
            "> +it in its capability register.",
            "",
            "Why \"must not\"?",
            "",
            "> - a bullet in a quoted list",
            "> - another bullet"),
        patch(1, "+A driver must not enable rate matching unless the PHY advertises"),
        authored("Why \"must not\"?"), quoted(1, "- a bullet in a quoted list - another bullet"));
  }

  @Test
  void aTripleDashWithoutDiffIsNotAPatchOrSignature() {
    assertSegments(body("> ---", "> Reply to this email directly or view it on GitHub:"),
        quoted(1, "--- Reply to this email directly or view it on GitHub:"));
  }

  @Test
  void aBulletListIsOwnText() {
    assertSegments(body("One: Here's what I've got.", "", "- first bullet", "- second bullet",
            "", "Two:", "- another"),
        authored("One: Here's what I've got. - first bullet - second bullet Two: - another"));
  }

  @Test
  void readsAnMboxoEscapedFromLineBetweenOwnLinesAsOwnText() {
    assertSegments(body("The fix is in the docs.", ">From there it follows that", "we are fine."),
        authored("The fix is in the docs. From there it follows that we are fine."));
    assertSegments(body(">From here on it is quoted"), quoted(1, "From here on it is quoted"));
    assertSegments(body("On Tue, Jan 17, 2023 at 3:19 PM Jane <j@example.org> wrote:",
            ">From what I see", "> it works", "Good."),
        attribution(0, "Jane"), quoted(1, "From what I see it works"), authored("Good."));
  }

  @Test
  void handlesCrLfAndAnEmptyBody() {
    assertSegments("Hi\r\n> there\r\n", authored("Hi"), quoted(1, "there"));
    assertSegments("");
    assertSegments("\n\n  \n");
  }

  /**
   * ksummit-2025, "[PATCH] [v3] Documentation: Provide guidelines for tool-generated
   * content" (Dave Hansen, 14 Nov 2025): "--" after the trailers, then cover notes, then the
   * "---" diffstat and the diff. The whole patch went into a Signature, so the analysis saw
   * no "+" lines. A block holding a patch is no signature.
   */
  @Test
  void dashDashBeforePatchContentIsNoSignature_ksummit2025GeneratedContentV3() {
    List<Segment> s = new BodySegmenter().segment(body(
        "In short: Please show your work and make sure your contribution is",
        "easy to review.",
        "",
        "Signed-off-by: Dave Hansen <dave.hansen@linux.intel.com>",
        "Cc: ksummit@lists.linux.dev",
        "",
        "--",
        "",
        "There has been a ton of feedback since v2. Thanks everyone!",
        "",
        "Changes from v2:",
        " * Mention testing (Shuah)",
        "---",
        " Documentation/process/generated-content.rst | 96 +++++++++++++++++++++",
        " 1 file changed, 96 insertions(+)",
        "",
        "diff --git a/Documentation/process/generated-content.rst b/Documentation/process/generated-content.rst",
        "new file mode 100644",
        "--- /dev/null",
        "+++ b/Documentation/process/generated-content.rst",
        "@@ -0,0 +1,3 @@",
        "+Kernel Guidelines for Tool Generated Content",
        "+",
        "+Purpose"));
    assertThat(s).noneMatch(x -> x instanceof Signature);
    assertThat(s).filteredOn(x -> x instanceof Patch).isNotEmpty()
        .allMatch(x -> x.depth() == 0);
    assertThat(s.stream().filter(x -> x instanceof Patch).map(Segment::text)
        .collect(java.util.stream.Collectors.joining("\n")))
        .contains("diff --git a/Documentation/process/generated-content.rst")
        .contains("+Kernel Guidelines for Tool Generated Content");
    assertThat(SegmentAssertions.ownText(s)).contains("There has been a ton of feedback");
  }

  /** The same shape with a plain "-- " and a bare hunk; a real signature stays one. */
  @Test
  void signatureEndsWhereAHunkStartsButPlainSignaturesStay() {
    assertSegments(body("See below.", "", "-- ", "@@ -1,2 +1,2 @@", "-old", "+new", " same"),
        authored("See below. --"), patch(0, "@@ -1,2 +1,2 @@"));
    assertSegments(
        body("Looks good.", "", "-- ", "Jane Doe", "+1 555 123 4567", "+44 20 7946 0958"),
        authored("Looks good."), signature(0, "-- Jane Doe +1 555 123 4567 +44 20 7946 0958"));
  }

  /**
   * The shape from the brief: Dave's top-level attribution, then Lorenzo's quoted one right
   * under it. Lorenzo's attribution is at depth 1 (it introduces depth 2).
   */
  @Test
  void nestedAttributionUnderTheQuotersOwnIsOneDeeper() {
    assertSegments(body(
            "On Mon, Mar 3, 2025 at 10:00 AM Dave Smith <dave@example.org> wrote:",
            "> On Sun, Mar 2, 2025 at 9:00 PM Lorenzo Rossi <lorenzo@example.org> wrote:",
            "> > the original point",
            "> my reply to Lorenzo",
            "my reply to Dave"),
        attribution(0, "Dave Smith"), attribution(1, "Lorenzo Rossi"),
        quoted(2, "the original point"), quoted(1, "my reply to Lorenzo"),
        authored("my reply to Dave"));
  }

  /**
   * ksummit-2026, replies to Dave Hansen of 7 Jan 2026 ("On Wed, Jan 07, 2026 at 11:18:52AM
   * -0800, Dave Hansen wrote:\n> On 1/7/26 10:12, Lorenzo Stoakes wrote:\n> ...\n> > I know
   * Linus ..."): the snip under Lorenzo's attribution is no quote it introduces, so the
   * Apple Mail rule must look past it; Lorenzo's name stays off Dave's text.
   */
  @Test
  void snipUnderNestedAttributionDoesNotPullItUp_ksummit2026DaveHansenJan7() {
    assertSegments(body(
            "On Wed, Jan 07, 2026 at 11:18:52AM -0800, Dave Hansen wrote:",
            "> On 1/7/26 10:12, Lorenzo Stoakes wrote:",
            "> ...",
            "> > I know Linus had the cute interpretation of it 'just being another tool'",
            "> > but never before have people been able to do this.",
            ">",
            "> I respect your position here.",
            "",
            "Fair enough."),
        attribution(0, "Dave Hansen"), attribution(1, "Lorenzo Stoakes"), snip(1, "..."),
        quoted(2, "I know Linus had the cute interpretation of it 'just being another tool'"
            + " but never before have people been able to do this."),
        quoted(1, "I respect your position here."), authored("Fair enough."));
    assertSegments(body(
            "On Wed, Jan 07, 2026 at 03:50:30PM -0800, dan.j.williams@intel.com wrote:",
            "> Lorenzo Stoakes wrote:",
            "> [..]",
            "> > And it's not like I'm asking for much",
            "> I hear you",
            "ok"),
        attribution(0, "dan.j.williams@intel.com"), attribution(1, "Lorenzo Stoakes"),
        snip(1, "[..]"), quoted(2, "And it's not like I'm asking for much"),
        quoted(1, "I hear you"), authored("ok"));
  }

  /**
   * ksummit-2026 (Thorsten Leemhuis, 2 Apr 2026): four attributions in a row where the
   * deepest one's quote was trimmed away, so the text under it is one level up. The last
   * attribution still sits below the one that introduces its quote, never beside it.
   */
  @Test
  void attributionRightUnderAnotherIsNeverBesideIt_ksummit2026Leemhuis() {
    assertSegments(body(
            "On 4/2/26 17:45, Laurent Pinchart wrote:",
            "> On Thu, Apr 02, 2026 at 03:42:04PM +0200, Thorsten Leemhuis wrote:",
            ">> On 4/2/26 06:59, Konstantin Ryabitsev wrote:",
            ">>> On Thu, Feb 26, 2026 at 09:44:32AM +0100, Thorsten Leemhuis wrote:",
            ">",
            ">>> - the report then goes into a review queue",
            ">> sounds good",
            "> agreed",
            "me too"),
        attribution(0, "Laurent Pinchart"), attribution(1, "Thorsten Leemhuis"),
        attribution(2, "Konstantin Ryabitsev"), attribution(3, "Thorsten Leemhuis"),
        quoted(3, "- the report then goes into a review queue"), quoted(2, "sounds good"),
        quoted(1, "agreed"), authored("me too"));
  }
}
