package quorum.ingest.mbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.InputFormat;
import quorum.ingest.MailVisitor;
import quorum.ingest.RejectedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quorum.mail.Diagnostic;
import quorum.mail.Message;
import quorum.mail.SourceRef;

/**
 * Reads every message under a path (file or folder), streaming, in input order.
 *
 * <p>A file's format is detected from its first bytes ({@link FormatSniffer}) unless
 * {@link IngestOptions#format()} names one; gzip is unwrapped first whatever the format. A
 * folder is read recursively in sorted order ({@link FolderWalker}); a maildir is such a folder
 * whose {@code tmp/} is skipped. A path given directly that is missing, unreadable, empty or not
 * mail fails the whole read with a one-line {@link IngestException}; the same problem with one
 * file inside a folder is a WARN diagnostic naming the file, and the folder read goes on.
 */
public final class MailReader {
  private static final Logger LOG = LoggerFactory.getLogger(MailReader.class);
  private final IngestOptions options;
  private final MboxReader mbox;
  private final SingleFileReader single;

  public MailReader(IngestOptions options) {
    this.options = options;
    this.mbox = new MboxReader(options.maxMessageBytes(), options.limits());
    this.single = new SingleFileReader(options.maxMessageBytes(), options.limits());
  }

  public void read(Path path, MailVisitor visitor) throws IngestException {
    if (!Files.exists(path)) {
      throw new IngestException(path + ": no such file or directory");
    }
    if (!Files.isReadable(path)) {
      throw new IngestException(path + ": not readable (permission denied)");
    }
    if (Files.isDirectory(path)) {
      readFolder(path, visitor);
    } else if (options.format() == InputFormat.MAILDIR) {
      throw new IngestException(path + ": not a maildir (a maildir is a folder with cur/ and new/)");
    } else {
      try {
        readFile(path, visitor);
      } catch (NotMail e) {
        throw new IngestException(path + ": " + e.getMessage());
      }
    }
  }

  private void readFolder(Path dir, MailVisitor visitor) throws IngestException {
    if (options.format() == InputFormat.MAILDIR && !FolderWalker.isMaildir(dir)) {
      throw new IngestException(dir + ": not a maildir (no cur/ or new/ folder)");
    }
    List<Path> files;
    try {
      files = FolderWalker.files(dir);
    } catch (IOException e) {
      throw new IngestException(dir + ": cannot list folder: " + reason(e), e);
    }
    int mail = 0;
    for (Path file : files) {
      try {
        readFile(file, visitor);
        mail++;
      } catch (NotMail e) {
        visitor.diagnostic(Diagnostic.warn(SourceRef.of(file), e.getMessage() + "; skipped"));
      }
    }
    if (mail == 0) {
      throw new IngestException(dir + ": no mail in folder (" + files.size() + " other file(s))");
    }
  }

  /** Reads one file; {@link NotMail} when it holds no mail (nothing was sent to the visitor). */
  private void readFile(Path file, MailVisitor target) throws NotMail {
    long start = System.nanoTime();
    Counting visitor = new Counting(target);
    try {
      Head head = Head.of(file);
      if (head.bareCr) {
        visitor.diagnostic(Diagnostic.warn(SourceRef.of(file),
            "line ends are bare CR (classic Mac OS); read each CR as a line end"));
      }
      InputFormat format = options.format() == InputFormat.AUTO
          || options.format() == InputFormat.MAILDIR ? detect(head.bytes, head.length)
          : options.format();
      switch (format) {
        case MBOX -> {
          if (mbox.read(file, head.opener, visitor) == 0) {
            throw new NotMail("not an mbox (no From_ line)");
          }
        }
        case FLATTENED -> single.readFlattened(file, head.opener, visitor);
        default -> single.readEml(file, head.opener, visitor);
      }
      LOG.info("{}: read as {}{}, {} message(s), {} rejected, {} warning(s) in {} ms", file,
          format, head.gzip ? " (gzip)" : "", visitor.messages, visitor.rejected,
          visitor.warnings, (System.nanoTime() - start) / 1_000_000);
    } catch (NoSuchFileException e) {
      throw new NotMail("no such file or directory");
    } catch (AccessDeniedException e) {
      throw new NotMail("not readable (permission denied)");
    } catch (IOException e) {
      throw new NotMail("cannot read: " + reason(e));
    }
  }

  /**
   * The first bytes of a file, after gunzip when it starts with gzip's magic bytes, and an
   * opener for the whole (decompressed) content. Offsets in a gzip file are offsets in the
   * decompressed stream.
   */
  private static final class Head {
    final byte[] bytes = new byte[FormatSniffer.HEAD_BYTES];
    int length;
    boolean gzip;
    boolean bareCr;
    Opener opener;

    static Head of(Path file) throws IOException, NotMail {
      Head h = new Head();
      h.opener = () -> Files.newInputStream(file);
      h.fill();
      h.gzip = FormatSniffer.isGzip(h.bytes, h.length);
      if (h.length == 0) {
        throw new NotMail("empty file");
      }
      if (h.gzip) {
        h.opener = () -> new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)),
            65536);
        h.fill();
        if (h.length == 0) {
          throw new NotMail("empty file (after gunzip)");
        }
      }
      if (BareCrInput.looksBareCr(h.bytes, h.length)) {
        Opener plain = h.opener;
        h.opener = () -> new BareCrInput(plain.open());
        h.bareCr = true;
        h.fill();
      }
      return h;
    }

    /** Reads the head; a read error after some bytes is left for the reading pass to report. */
    private void fill() throws IOException {
      length = 0;
      try (InputStream in = opener.open()) {
        int r;
        while (length < bytes.length && (r = in.read(bytes, length, bytes.length - length)) > 0) {
          length += r;
        }
      } catch (IOException e) {
        if (length == 0) {
          throw e;
        }
      }
    }
  }

  private InputFormat detect(byte[] head, int n) throws NotMail {
    FormatSniffer.Kind kind = FormatSniffer.sniff(head, n);
    switch (kind) {
      case MBOX:
        return InputFormat.MBOX;
      case EML:
        return InputFormat.EML;
      case FLATTENED:
        if (options.format() == InputFormat.MAILDIR) {
          throw new NotMail("not mail (no RFC 5322 header block)");
        }
        return InputFormat.FLATTENED;
      case EMPTY:
        throw new NotMail("empty file");
      case BINARY:
        throw new NotMail("binary data, not mail");
      default:
        throw new NotMail(
            "not mail (no From_ line, no RFC 5322 header block, no quoted text)");
    }
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Passes everything on and counts it, for the per-file log line. */
  private static final class Counting implements MailVisitor {
    private final MailVisitor target;
    int messages;
    int rejected;
    int warnings;

    Counting(MailVisitor target) {
      this.target = target;
    }

    @Override
    public void message(Message message) {
      messages++;
      target.message(message);
    }

    @Override
    public void rejected(Diagnostic why) {
      rejected++;
      target.rejected(why);
    }

    @Override
    public void rejected(RejectedMessage message) {
      rejected++;
      target.rejected(message);
    }

    @Override
    public void diagnostic(Diagnostic diagnostic) {
      warnings++;
      target.diagnostic(diagnostic);
    }
  }

  /** A file that holds no mail; the message is the reason, without the file name. */
  private static final class NotMail extends Exception {
    private static final long serialVersionUID = 1L;

    NotMail(String reason) {
      super(reason);
    }
  }
}
