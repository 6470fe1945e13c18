package quorum.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import quorum.ingest.RejectedMessage;

/**
 * The rejects mbox in the index folder: every message ingest had to reject, raw, so nothing a
 * user gave is silently dropped. Each entry is the message as read, mboxrd-escaped (RFC 4155),
 * after a From_ line and three header fields of ours: {@code X-Quorum-Rejected} (the reason),
 * {@code X-Quorum-Source} (file:line) and {@code X-Quorum-Digest} (which makes a re-run add
 * nothing twice); {@code X-Quorum-Truncated} when only the first bytes of a message over the
 * size cap were kept.
 *
 * <p>The From_ line is lore's {@code From mboxrd@z Thu Jan  1 00:00:00 1970}, so readers (ours
 * included) know the escaping, and the file is the same bytes for the same input. Appending
 * copies the old file and the new entries to a temporary file (user-only) and renames it over
 * the old one: a crash leaves the old file or the new one, never half an entry.
 */
final class RejectsMbox {
  static final String FILE_NAME = "rejects.mbox";
  private static final String FROM_LINE = "From mboxrd@z Thu Jan  1 00:00:00 1970\n";
  private static final String DIGEST = "X-Quorum-Digest: ";

  private RejectsMbox() {}

  /** Appends the rejects not already in {@code dir}'s rejects mbox; returns how many. */
  static int append(Path dir, List<RejectedMessage> rejects) throws IOException {
    if (rejects.isEmpty()) {
      return 0;
    }
    Path target = dir.resolve(FILE_NAME);
    byte[] old = Files.exists(target) ? Files.readAllBytes(target) : new byte[0];
    Set<String> present = digests(old);
    ByteArrayOutputStream more = new ByteArrayOutputStream();
    int added = 0;
    for (RejectedMessage r : rejects) {
      String digest = digest(r);
      if (present.add(digest)) {
        entry(more, r, digest);
        added++;
      }
    }
    if (added > 0) {
      replace(target, old, more.toByteArray());
    }
    return added;
  }

  private static void entry(OutputStream out, RejectedMessage r, String digest)
      throws IOException {
    StringBuilder head = new StringBuilder(FROM_LINE);
    head.append("X-Quorum-Rejected: ").append(oneLine(r.why().message())).append('\n');
    head.append("X-Quorum-Source: ").append(oneLine(r.why().where().toString())).append('\n');
    head.append(DIGEST).append(digest).append('\n');
    if (!r.complete()) {
      head.append("X-Quorum-Truncated: kept the first ").append(r.raw().length).append(" of ")
          .append(r.size()).append(" bytes; the whole message is at the source\n");
    }
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    byte[] raw = r.raw();
    int start = 0;
    while (start < raw.length) {
      int end = start;
      while (end < raw.length && raw[end] != '\n') {
        end++;
      }
      if (isFromLine(raw, start, end)) {
        out.write('>'); // mboxrd: ">*From " gains one '>'
      }
      out.write(raw, start, Math.min(end + 1, raw.length) - start);
      start = end + 1;
    }
    if (raw.length > 0 && raw[raw.length - 1] != '\n') {
      out.write('\n');
    }
    out.write('\n'); // the blank line before the next From_ line
  }

  /** True for {@code ^>*From } between {@code from} and {@code end}. */
  private static boolean isFromLine(byte[] b, int from, int end) {
    int i = from;
    while (i < end && b[i] == '>') {
      i++;
    }
    byte[] word = {'F', 'r', 'o', 'm', ' '};
    if (end - i < word.length) {
      return false;
    }
    for (int k = 0; k < word.length; k++) {
      if (b[i + k] != word[k]) {
        return false;
      }
    }
    return true;
  }

  /** Digests named in the file's own header fields (the lines after each of our From_ lines). */
  private static Set<String> digests(byte[] mbox) {
    Set<String> out = new HashSet<>();
    String text = new String(mbox, StandardCharsets.ISO_8859_1);
    boolean ours = false;
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      String line = text.substring(pos, eol < 0 ? text.length() : eol);
      if (line.equals(FROM_LINE.strip())) {
        ours = true;
      } else if (ours && line.startsWith(DIGEST)) {
        out.add(line.substring(DIGEST.length()).strip());
      } else if (!line.startsWith("X-Quorum-")) {
        ours = false;
      }
      pos = eol < 0 ? text.length() : eol + 1;
    }
    return out;
  }

  /** Same message from the same place: same digest, so a re-run adds nothing twice. */
  private static String digest(RejectedMessage r) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(r.why().where().toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(r.raw());
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static String oneLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ');
  }

  /** Old bytes plus new ones into a user-only temporary file, then a rename over the target. */
  static void replace(Path target, byte[] old, byte[] more) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    try {
      try (var ch = java.nio.channels.FileChannel.open(tmp,
          java.nio.file.StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap(old));
        ch.write(java.nio.ByteBuffer.wrap(more));
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
