package quorum.ingest.mbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import quorum.ingest.MailVisitor;
import quorum.ingest.MessageLimits;
import quorum.ingest.RejectedMessage;
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
 * When that message ends without its closing delimiter, the guess was wrong (the multipart was
 * never closed, and the From_ lines were real): the message is split at them after all.
 */
final class MboxReader {
  /** The kept head of a line: enough to recognise From_ lines in the first pass. */
  private static final int SCAN_LINE_BYTES = 512;

  private final MessageParser parser;
  private final long maxMessageBytes;

  MboxReader(long maxMessageBytes, MessageLimits limits) {
    this.maxMessageBytes = maxMessageBytes;
    this.parser = new MessageParser(limits);
  }

  /**
   * Reads every message of the mbox that {@code opener} streams; {@code file} names it. Returns
   * the number of From_ lines seen (0: not an mbox, and nothing was sent to the visitor). A read
   * error after the first message (a truncated gzip stream, say) keeps what was read and warns.
   */
  int read(Path file, Opener opener, MailVisitor visitor) throws IOException {
    boolean mboxrd = isMboxrd(opener);
    int maxLine = (int) Math.min(maxMessageBytes + 2, Integer.MAX_VALUE - 16);
    try (LineInput in = new LineInput(opener.open(), maxLine);
         ParseAhead ahead = new ParseAhead(visitor)) {
      Split split = new Split(file, ahead, mboxrd);
      try {
        while (in.next()) {
          split.line(in);
        }
      } catch (IOException e) {
        if (split.messages == 0) {
          throw e;
        }
        split.readError(e);
        ahead.finish();
        return split.messages;
      }
      split.end();
      ahead.finish();
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
    private final ParseAhead visitor;
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
    /** From_ lines kept as body text inside an open MIME part, in case the part never closes. */
    private final List<Candidate> candidates = new ArrayList<>();
    int messages;

    Split(Path file, ParseAhead visitor, boolean mboxrd) {
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
          candidates.add(new Candidate(message.size, in.offset, in.number));
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
      try {
        if (message.oversize()) {
          visitor.rejected(RejectedMessage.excerpt(Diagnostic.error(
              new SourceRef(file, messageOffset, messageLine), "message is " + message.total
                  + " bytes, over the " + maxMessageBytes + "-byte limit; skipped"),
              message.data, 0, message.size, message.total));
          return;
        }
        if (candidates.isEmpty()) {
          message.dropSeparatorLine();
          emit(0, message.size, messageOffset, messageLine);
        } else if (inPart && !partsClosed) {
          splitAtCandidates();
        } else {
          for (Candidate c : candidates) {
            visitor.diagnostic(Diagnostic.warn(new SourceRef(file, c.fileOffset, c.line),
                "From_ line inside a MIME part of the message at line " + messageLine
                    + " (unescaped mboxo); kept as body text"));
          }
          message.dropSeparatorLine();
          emit(0, message.size, messageOffset, messageLine);
        }
      } finally {
        message.reset();
        open = false;
        boundary = null;
        inPart = false;
        partsClosed = false;
        candidates.clear();
      }
    }

    /**
     * The message's multipart never closed, so the From_ lines kept inside its last part were
     * real separators: each starts a message of its own.
     */
    private void splitAtCandidates() {
      visitor.diagnostic(Diagnostic.warn(new SourceRef(file, messageOffset, messageLine),
          "multipart boundary \"" + boundary + "\" is never closed, so the From_ line(s) inside"
              + " its last part (line " + candidates.stream().map(c -> String.valueOf(c.line))
                  .collect(java.util.stream.Collectors.joining(", "))
              + ") start messages after all; split there"));
      int start = 0;
      long offset = messageOffset;
      int line = messageLine;
      for (Candidate c : candidates) {
        emit(start, withoutSeparator(start, c.dataOffset), offset, line);
        start = lineEnd(c.dataOffset); // the From_ line itself is not message text
        offset = c.fileOffset;
        line = c.line;
      }
      message.dropSeparatorLine();
      emit(start, message.size, offset, line);
    }

    private int lineEnd(int from) {
      int i = from;
      while (i < message.size && message.data[i] != '\n') {
        i++;
      }
      return Math.min(i + 1, message.size);
    }

    /** {@code end} less the blank line that separates it from the next From_ line. */
    private int withoutSeparator(int start, int end) {
      byte[] d = message.data;
      if (end - start >= 2 && d[end - 1] == '\n' && d[end - 2] == '\n') {
        return end - 1;
      }
      if (end - start >= 4 && d[end - 1] == '\n' && d[end - 2] == '\r' && d[end - 3] == '\n'
          && d[end - 4] == '\r') {
        return end - 2;
      }
      return end;
    }

    /** Parses {@code message.data[from, to)}, the message whose From_ line is at {@code line}. */
    private void emit(int from, int to, long offset, int line) {
      SourceRef where = new SourceRef(file, offset, line);
      // a copy: the buffer takes the next message while a worker parses this one
      byte[] bytes = Arrays.copyOfRange(message.data, from, to);
      int len = to - from;
      boolean lookForHeaders = boundary == null || from > 0;
      visitor.parse(len, v -> {
        if (lookForHeaders) {
          MissingFromLine.find(bytes, len).ifPresent(at -> v.diagnostic(Diagnostic.warn(
              new SourceRef(file, offset, line + 1 + at), "a header block with From, Date and"
                  + " Message-ID fields inside the body of the message at line " + line
                  + " (a lost From_ line?); kept as body text")));
        }
        try {
          v.message(parser.parse(bytes, len, where, line + 1, v::diagnostic));
        } catch (MalformedMessageException e) {
          v.rejected(RejectedMessage.of(Diagnostic.error(where, e.getMessage()), bytes, 0,
              len, len));
        }
      });
    }
  }

  /** A From_ line kept as body text: where it is in the message buffer and in the file. */
  private record Candidate(int dataOffset, long fileOffset, int line) {}
}
