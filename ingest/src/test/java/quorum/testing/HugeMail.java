package quorum.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the huge malformed cases of {@code corpus/malformed/README.md} on demand, streaming and
 * deterministically (same arguments, same bytes), so no multi-megabyte file is committed.
 * Each is an mbox holding one hostile message, then one ordinary reply that must survive it.
 */
public final class HugeMail {
  private HugeMail() {}

  /** One case: its file name and how to write it. */
  public enum Case {
    NESTED_MULTIPARTS_10000("nested-multiparts-10000.mbox"),
    SIBLING_PARTS_5000("sibling-parts-5000.mbox"),
    MESSAGE_20MB("message-20mb.mbox"),
    MESSAGE_100MB("message-100mb.mbox"),
    HEADER_LINE_1MB("header-line-1mb.mbox"),
    QUOTE_LEVELS_5000("quote-levels-5000.mbox"),
    QUOTE_MARKER_LINE_1MB("quote-marker-line-1mb.mbox"),
    REFERENCES_10000("references-10000.mbox");

    public final String fileName;

    Case(String fileName) {
      this.fileName = fileName;
    }

    /** Writes the case into {@code dir} and returns its path. */
    public Path write(Path dir) throws IOException {
      Path file = dir.resolve(fileName);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        switch (this) {
          case NESTED_MULTIPARTS_10000 -> nestedMultiparts(out, 10_000);
          case SIBLING_PARTS_5000 -> siblingParts(out, 5_000);
          case MESSAGE_20MB -> bigMessage(out, 20L << 20);
          case MESSAGE_100MB -> bigMessage(out, 100L << 20);
          case HEADER_LINE_1MB -> longHeaderLine(out, 1 << 20);
          case QUOTE_LEVELS_5000 -> quoteLevels(out, 5_000);
          case QUOTE_MARKER_LINE_1MB -> quoteMarkerLine(out, 1 << 20);
          case REFERENCES_10000 -> manyReferences(out, 10_000);
          default -> throw new IllegalStateException(name());
        }
        reply(out);
      }
      return file;
    }
  }

  /** The Message-ID of the hostile message of every case. */
  public static final String HOSTILE_ID = "huge.1@example.org";
  /** The Message-ID of the ordinary reply after it. */
  public static final String REPLY_ID = "huge.2@example.org";

  private static void headers(OutputStream out, String subject, String extra) throws IOException {
    write(out, "From ann@example.org Mon Mar  6 08:00:00 2023\n"
        + "From: Ann <ann@example.org>\n"
        + "Subject: " + subject + "\n"
        + "Date: Mon, 6 Mar 2023 08:00:00 +0000\n"
        + "Message-ID: <" + HOSTILE_ID + ">\n"
        + extra);
  }

  private static void reply(OutputStream out) throws IOException {
    write(out, "\nFrom bob@example.org Mon Mar  6 09:00:00 2023\n"
        + "From: Bob <bob@example.org>\n"
        + "Subject: Re: huge\n"
        + "Date: Mon, 6 Mar 2023 09:00:00 +0000\n"
        + "Message-ID: <" + REPLY_ID + ">\n"
        + "In-Reply-To: <" + HOSTILE_ID + ">\n"
        + "\n"
        + "The reply after the huge message survives.\n");
  }

  /** Multiparts nested {@code depth} deep, each with its own boundary, all closed. */
  static void nestedMultiparts(OutputStream out, int depth) throws IOException {
    headers(out, "huge: nested multiparts", "MIME-Version: 1.0\n"
        + "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
    for (int i = 1; i < depth; i++) {
      write(out, "--b" + (i - 1) + "\nContent-Type: multipart/mixed; boundary=\"b" + i + "\"\n\n");
    }
    write(out, "--b" + (depth - 1) + "\nContent-Type: text/plain\n\nThe innermost text.\n");
    for (int i = depth - 1; i >= 0; i--) {
      write(out, "--b" + i + "--\n");
    }
  }

  /** {@code parts} sibling text parts in one multipart. */
  static void siblingParts(OutputStream out, int parts) throws IOException {
    headers(out, "huge: sibling parts", "MIME-Version: 1.0\n"
        + "Content-Type: multipart/mixed; boundary=\"p\"\n\n");
    for (int i = 1; i <= parts; i++) {
      write(out, "--p\nContent-Type: text/plain\n\npart " + i + "\n");
    }
    write(out, "--p--\n");
  }

  /** A plain-text message of about {@code bytes} bytes in 72-column lines of prose. */
  static void bigMessage(OutputStream out, long bytes) throws IOException {
    headers(out, "huge: " + (bytes >> 20) + " MB", "\n");
    byte[] line = ("All work and no play makes a very long message; line after line after lin\n")
        .getBytes(StandardCharsets.US_ASCII);
    for (long written = 0; written < bytes; written += line.length) {
      out.write(line);
    }
  }

  /** A Subject of {@code chars} characters on one line: unterminated encoded words and ids. */
  static void longHeaderLine(OutputStream out, int chars) throws IOException {
    write(out, "From ann@example.org Mon Mar  6 08:00:00 2023\nFrom: Ann <ann@example.org>\n"
        + "Subject: ");
    // fragments that make naive parsers rescan: "=?" with no "?=", "<" with no ">"
    String piece = "=?utf-8?q?x <<< ";
    for (int i = 0; i < chars / piece.length(); i++) {
      write(out, piece);
    }
    write(out, "\nDate: Mon, 6 Mar 2023 08:00:00 +0000\nMessage-ID: <" + HOSTILE_ID + ">\n"
        + "In-Reply-To: " + "<".repeat(chars) + "x@example.org>\n\nA long header line.\n");
  }

  /** Lines quoted 10, 20, ... {@code levels} deep, with an attribution every 100 levels. */
  static void quoteLevels(OutputStream out, int levels) throws IOException {
    headers(out, "huge: quote levels", "\n");
    write(out, "My reply on top.\n\n");
    for (int d = 10; d <= levels; d += 10) {
      String markers = ">".repeat(d);
      if (d % 100 == 0) {
        write(out, markers.substring(1) + " On Mon, 6 Mar 2023, Person " + d + " wrote:\n");
      }
      write(out, markers + " text quoted " + d + " levels deep\n");
    }
  }

  /** One body line of {@code bytes} bytes of {@code "> "}. */
  static void quoteMarkerLine(OutputStream out, int bytes) throws IOException {
    headers(out, "huge: quote marker line", "\n");
    write(out, "On Mon, 6 Mar 2023, Someone wrote:\n");
    byte[] run = "> > > > > > > > ".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < bytes / run.length; i++) {
      out.write(run);
    }
    write(out, "the end of the line\n");
  }

  /** References with {@code ids} ids, one per folded line. */
  static void manyReferences(OutputStream out, int ids) throws IOException {
    StringBuilder refs = new StringBuilder("References:");
    for (int i = 0; i < ids; i++) {
      refs.append(" <ref.").append(i).append("@example.org>\n");
    }
    headers(out, "huge: references", refs + "In-Reply-To: <ref." + (ids - 1)
        + "@example.org>\n\nMany references.\n");
  }

  private static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }
}
