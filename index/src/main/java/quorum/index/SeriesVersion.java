package quorum.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quorum.mail.Participant;

/**
 * One posting of a patch series: its cover letter (or lowest part) and everything in its thread.
 *
 * @param version the series version ({@code v3} is 3; no version is 1)
 * @param tags prefix tags such as RFC or RESEND, uppercase
 * @param subject the subject of the cover letter, or of the lowest part without one
 * @param thread the thread id of this posting
 * @param author who posted the series
 * @param date when the cover letter (or lowest part) was sent
 * @param messageCount messages of the thread that are real mail (not only known from quotes)
 * @param parts patches in the series (the {@code m} of {@code n/m}), 0 when unnumbered
 * @param trailers review trailers given in replies to this posting
 * @param files files its patches touch, in order of first appearance
 * @param changeIds change-ids written at the author's level, lowercase
 * @param linkedBy why this posting belongs to the series: {@link Link}
 * @param changelog changelog bullets the author wrote in this posting, with the reviewers
 *     each one credits
 * @param rangeDiff how each patch differs from the version before (empty for the first)
 */
public record SeriesVersion(int version, List<String> tags, String subject, String thread,
    Participant author, Optional<Instant> date, Optional<String> dateText, int messageCount,
    int parts, List<GivenTrailer> trailers, List<String> files, List<String> changeIds,
    Link linkedBy, List<ChangeNote> changelog, List<PatchChange> rangeDiff) {
  public SeriesVersion {
    tags = List.copyOf(tags);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateText, "dateText");
    trailers = List.copyOf(trailers);
    files = List.copyOf(files);
    changeIds = List.copyOf(changeIds);
    Objects.requireNonNull(linkedBy, "linkedBy");
    changelog = List.copyOf(changelog);
    rangeDiff = List.copyOf(rangeDiff);
  }

  /** What happened to a patch between the previous version and this one. */
  public enum PatchStatus { UNCHANGED, CHANGED, ADDED, DROPPED }

  /**
   * One line of a range-diff summary: patches are paired by their normalized subject, then by
   * part number; a pair is {@link PatchStatus#CHANGED} when its added or removed lines differ.
   *
   * @param part the part in this version (in the previous one for a dropped patch)
   * @param name the patch's normalized subject
   * @param status what happened to it
   * @param linesChanged diff lines ({@code +}/{@code -} lines) in one version and not the other
   */
  public record PatchChange(int part, String name, PatchStatus status, int linesChanged) {
    public PatchChange {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * One changelog bullet ({@code - SHOULD -> MUST (Fatima)}).
   *
   * @param version the version the bullet describes ({@code Changes since v1} is 2)
   * @param text the bullet, continuation lines joined
   * @param credited reviewers of the series whose name the bullet mentions
   */
  public record ChangeNote(int version, String text, List<Participant> credited) {
    public ChangeNote {
      Objects.requireNonNull(text, "text");
      credited = List.copyOf(credited);
    }
  }

  /** The evidence that put a posting into a history, strongest first. */
  public enum Link {
    /** It matched the query itself. */
    QUERY,
    /** It shares a change-id with a posting already in the history. */
    CHANGE_ID,
    /**
     * Same author, and one of its patches has the patch-id ({@code git patch-id --stable}) of a
     * patch of a posting already in the history: a series renamed between versions.
     */
    PATCH_ID,
    /** Same normalized series name and same author as a posting already in the history. */
    NAME_AND_AUTHOR
  }

  /**
   * A review trailer ({@code Acked-by}, {@code Reviewed-by}, {@code Tested-by},
   * {@code Nacked-by}) given in a reply.
   *
   * @param tag the trailer tag as written, e.g. {@code Reviewed-by}
   * @param who the person named in the trailer
   * @param parts the patches it applies to: every part for a trailer on the cover letter,
   *     the one part replied to otherwise; empty when the reply names no part
   * @param onCover whether it was given in reply to the cover letter
   */
  public record GivenTrailer(String tag, Participant who, List<Integer> parts, boolean onCover) {
    public GivenTrailer {
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(who, "who");
      parts = List.copyOf(parts);
    }
  }
}
