package quorum.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that names a thread, on members in any order. */
class ThreadSubjectRuleTest {
  private static ThreadSubject.Member mail(long date, String key, String subject) {
    return new ThreadSubject.Member(true, date, Fields.PROVENANCE_MAIL, key, subject);
  }

  @Test
  void theEarliestMailWithASubjectNamesTheThread() {
    assertThat(ThreadSubject.of(List.of(
        mail(30, "c@x", "Re: irq: spurious wakeups"),
        new ThreadSubject.Member(true, 10, Fields.PROVENANCE_QUOTED, "quorum:q", "quoted guess"),
        mail(20, "b@x", null),
        new ThreadSubject.Member(false, 0, Fields.PROVENANCE_MAIL, "a@x", "undated comes last"),
        mail(25, "d@x", "irq: spurious wakeups"))))
        .isEqualTo("irq: spurious wakeups");
  }

  @Test
  void equalDatesGoByProvenanceThenKey() {
    assertThat(ThreadSubject.of(List.of(mail(5, "b@x", "second"), mail(5, "a@x", "first"))))
        .isEqualTo("first");
    assertThat(ThreadSubject.of(List.of(
        new ThreadSubject.Member(true, 5, Fields.PROVENANCE_MAIL, "b@x", "mail"),
        new ThreadSubject.Member(true, 5, Fields.PROVENANCE_ARCHIVE, "c@x", "archive"))))
        .isEqualTo("archive");
  }

  @Test
  void withoutMailTheFirstMemberNamesTheThreadOrNothingDoes() {
    assertThat(ThreadSubject.of(List.of(
        new ThreadSubject.Member(true, 9, Fields.PROVENANCE_QUOTED, "quorum:b", "later quote"),
        new ThreadSubject.Member(true, 3, Fields.PROVENANCE_QUOTED, "quorum:a", "first quote"))))
        .isEqualTo("first quote");
    // mail without subjects: the first member's subject, here none
    assertThat(ThreadSubject.of(List.of(mail(1, "a@x", null),
        new ThreadSubject.Member(true, 2, Fields.PROVENANCE_QUOTED, "quorum:q", "quoted"))))
        .isEmpty();
    assertThat(ThreadSubject.of(List.of())).isEmpty();
  }
}
