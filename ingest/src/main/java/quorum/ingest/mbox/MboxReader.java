package quorum.ingest.mbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import quorum.ingest.MailVisitor;
import quorum.ingest.mime.MalformedMessageException;
import quorum.ingest.mime.MessageParser;
import quorum.mail.Diagnostic;
import quorum.mail.SourceRef;

/**
 * Streams the messages of an mbox (RFC 4155) one at a time through a fixed buffer; memory is
 * bounded by the largest message kept, never by the file.
 *
 * <p>Splitting: a message starts at a From_ line ({@link FromLine}) at the start of the file
 * or after a blank line. The blank line before a From_ line is the separator, not message text.
 *
 * <p>Escaping: RFC 4155 names two variants. In <b>mboxrd</b> a writer prefixes every body line
 * matching {@code ^>*From } with one more {@code >}, so a reader removes one {@code >} from every
 * line matching {@code ^>+From }. In <b>mboxo</b> only {@code ^From } was escaped, which cannot be
 * undone unambiguously, so {@code >From } lines are left as they are. A file is read as mboxrd
 * when its first From_ line is lore's {@code From mboxrd@z ...}, or when any line matches
 * {@code ^>>+From } (which an mboxo writer never produces from an unquoted From line); otherwise
 * as mboxo. The check is a first streaming pass that stops at the first evidence.
 *
 * <p>Unescaped From lines: mboxo files written by naive tools leave a body line such as a
 * {@code git format-patch} header ({@code From <sha> Mon Sep 17 00:00:00 2001}) unescaped inside
 * an attached part. In an mboxo file, a From_ line that comes after a top-level multipart
 * message has opened its first part ({@code --boundary}) and before its closing delimiter
 * ({@code --boundary--}) is kept as body text, with a warning. mboxrd files need no such guess.
 */
final class MboxReader {
  /** The kept head of a line: enough to recognise From_ lines in the first pass. */
  private static final int SCAN_LINE_BYTES = 512;

  private final MessageParser parser = new MessageParser();
  private final long maxMessageBytes;

  MboxReader(long maxMessageBytes) {
    this.maxMessageBytes = maxMessageBytes;
  }

  /**
   * Reads every message of the mbox that {@code opener} streams; {@code file} names it. Returns
   * the number of From_ lines seen (0: not an mbox, and nothing was sent to the visitor). A read
   * error after the first message (a truncated gzip stream, say) keeps what was read and warns.
   */
  int read(Path file, Opener opener, MailVisitor visitor) throws IOException {
    boolean mboxrd = isMboxrd(opener);
    int maxLine = (int) Math.min(maxMessageBytes + 2, Integer.MAX_VALUE - 16);
    try (LineInput in = new LineInput(opener.open(), maxLine)) {
      Split split = new Split(file, visitor, mboxrd);
      try {
        while (in.next()) {
          split.line(in);
        }
      } catch (IOException e) {
        if (split.messages == 0) {
          throw e;
        }
        split.readError(e);
        return split.messages;
      }
      split.end();
      return split.messages;
    }
  }

  static boolean isMboxrd(Opener opener) throws IOException {
    try (InputStream raw = opener.open(); LineInput in = new LineInput(raw, SCAN_LINE_BYTES)) {
      boolean first = true;
      while (in.next()) {
        if (first && in.startsWith("From ")) {
          if (FromLine.isMboxrdMarker(in.line, in.kept)) {
            return true;
          }
          first = false;
        }
        if (FromLine.isEscapedFrom(in.line, in.kept, 2)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      // a damaged stream (a cut-off gzip, say): decide on what was seen; the reading pass
      // meets the same error and reports it where it happens
      return false;
    }
  }

  /** The splitting state for one file. */
  private final class Split {
    private final Path file;
    private final MailVisitor visitor;
    private final boolean mboxrd;
    private final MessageBytes message = new MessageBytes(maxMessageBytes);
    private boolean open;
    private long messageOffset;
    private int messageLine;
    private boolean previousBlank = true;
    private boolean sawBlankLine;
    private int leadingLines;
    private String boundary;
    private boolean inPart;
    private boolean partsClosed;
    private boolean lastTerminated = true;
    private long lastLineOffset;
    private int lastLineNumber;
    int messages;

    Split(Path file, MailVisitor visitor, boolean mboxrd) {
      this.file = file;
      this.visitor = visitor;
      this.mboxrd = mboxrd;
    }

    void line(LineInput in) {
      lastLineOffset = in.offset;
      lastLineNumber = in.number;
      lastTerminated = in.newlineTerminated;
      if (previousBlank && FromLine.matches(in.line, in.kept)) {
        previousBlank = false;
        if (open && !mboxrd && inPart && !partsClosed) {
          visitor.diagnostic(Diagnostic.warn(new SourceRef(file, in.offset, in.number),
              "From_ line inside a MIME part of the message at line " + messageLine
                  + " (unescaped mboxo); kept as body text"));
          keep(in, 0);
        } else {
          start(in);
        }
        return;
      }
      boolean blank = in.isBlank();
      previousBlank = blank;
      if (!open) {
        leadingLines += blank ? 0 : 1;
        return;
      }
      trackMimeParts(in, blank);
      keep(in, mboxrd && FromLine.isEscapedFrom(in.line, in.kept, 1) ? 1 : 0);
    }

    private void start(LineInput in) {
      finish();
      open = true;
      messages++;
      messageOffset = in.offset;
      messageLine = in.number;
      sawBlankLine = false;
    }

    /** Follows the top-level multipart delimiters, for the unescaped-From_ rule. */
    private void trackMimeParts(LineInput in, boolean blank) {
      if (blank && !sawBlankLine) {
        boundary = Boundaries.of(message.data, message.size).orElse(null);
      } else if (boundary != null && sawBlankLine && in.startsWith("--")
          && in.startsWith(boundary, 2)) {
        boolean closing = in.startsWith("--", 2 + boundary.length());
        inPart |= !closing;
        partsClosed |= closing;
      }
      sawBlankLine |= blank;
    }

    /** Adds the line to the message, without its first {@code skip} bytes (an mboxrd escape). */
    private void keep(LineInput in, int skip) {
      if (in.length > in.kept) {
        // an over-long line: the message is over the cap; count it without keeping it
        message.total += in.length;
      } else {
        message.total += skip; // the size cap counts the bytes as they are in the file
        message.append(in.line, skip, in.kept - skip);
      }
    }

    void readError(IOException e) {
      visitor.diagnostic(Diagnostic.warn(new SourceRef(file, lastLineOffset, lastLineNumber),
          "read error after this line (" + e.getMessage() + "); kept the messages before it"));
      finish();
    }

    void end() {
      if (messages == 0) {
        return;
      }
      if (leadingLines > 0) {
        visitor.diagnostic(Diagnostic.warn(new SourceRef(file, 0, 1),
            leadingLines + " line(s) before the first From_ line; skipped"));
      }
      if (open && !lastTerminated) {
        String where = sawBlankLine ? "mid-line in the body" : "inside the header block";
        // an ERROR, not a warning: the end of the message is lost, so the exit code says so
        visitor.diagnostic(Diagnostic.error(new SourceRef(file, lastLineOffset, lastLineNumber),
            "file ends " + where + " of the message at line " + messageLine
                + " (truncated?); kept what was read"));
      }
      finish();
    }

    private void finish() {
      if (!open) {
        return;
      }
      SourceRef where = new SourceRef(file, messageOffset, messageLine);
      try {
        if (message.oversize()) {
          visitor.rejected(Diagnostic.error(where, "message is " + message.total
              + " bytes, over the " + maxMessageBytes + "-byte limit; skipped"));
          return;
        }
        message.dropSeparatorLine();
        visitor.message(parser.parse(message.data, message.size, where, messageLine + 1,
            visitor::diagnostic));
      } catch (MalformedMessageException e) {
        visitor.rejected(Diagnostic.error(where, e.getMessage()));
      } finally {
        message.reset();
        open = false;
        boundary = null;
        inPart = false;
        partsClosed = false;
      }
    }
  }
}
