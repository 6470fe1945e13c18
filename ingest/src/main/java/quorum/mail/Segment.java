package quorum.mail;

/**
 * One part of a message body. {@code depth} is the quote level the part sits at (0 = the
 * author's own level), so an attribution or a patch inside a quote keeps its place.
 */
public sealed interface Segment
    permits Authored, Quoted, Attribution, Snip, Patch, Trailer, Signature {
  LineSpan lines();

  int depth();

  /** The text of the segment with quote markers removed. */
  String text();
}
