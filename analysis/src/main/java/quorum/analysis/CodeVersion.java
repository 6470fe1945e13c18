package quorum.analysis;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;

/**
 * A fingerprint of the code an analysis result depends on: the classes and resources of
 * {@code quorum.analysis}, of the model {@code quorum.mail} and of {@code quorum.ingest} (which
 * a few finders call) and the learned stance and answered/open readers in use (which system properties
 * may swap), so that any change to a finder (or a lexicon, or a record) gives cached
 * results a new key without anyone bumping a version by hand. In a jar it reads each entry's name, size and CRC from the central
 * directory (no class is read); in a classes folder (tests, the IDE) it hashes the files.
 * When neither can be read it returns a random value: nothing cached is ever reused then.
 */
final class CodeVersion {
  private CodeVersion() {}

  private static final class Holder {
    static final String VALUE = compute(quorum.analysis.position.StanceModel.bytesInUse(),
        quorum.analysis.question.AnswerModel.bytesInUse());
  }

  /** The fingerprint of the running code, computed once per JVM. */
  static String current() {
    return Holder.VALUE;
  }

  /**
   * The fingerprint of the code with the learned stance and answered/open readers
   * {@code stanceModel} and {@code answerModel} in use.
   */
  static String compute(byte[] stanceModel, byte[] answerModel) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      add(md, Analyzer.class, "quorum/analysis/");
      add(md, Discussion.class, "quorum/mail/");
      add(md, Ingester.class, "quorum/ingest/");
      // the learned stance reader in use, which a system property may swap for another file
      md.update(stanceModel);
      // and the answered/open reader in use; its length first, so that no two pairs of
      // files hash alike by moving bytes from one to the other
      md.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(answerModel.length).array());
      md.update(answerModel);
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      return "unversioned-" + System.nanoTime() + "-" + Math.random();
    }
  }

  /** Adds every file under {@code prefix} of the jar or folder that {@code anchor} came from. */
  private static void add(MessageDigest md, Class<?> anchor, String prefix)
      throws IOException, URISyntaxException {
    Path source = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(source)) {
      Path root = source.resolve(prefix);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
      }
      Collections.sort(files);
      for (Path f : files) {
        md.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        md.update(Files.readAllBytes(f));
      }
      return;
    }
    List<String> lines = new ArrayList<>();
    try (ZipFile jar = new ZipFile(source.toFile())) {
      for (ZipEntry e : Collections.list(jar.entries())) {
        if (e.getName().startsWith(prefix) && !e.isDirectory()) {
          lines.add(e.getName() + " " + e.getSize() + " " + Long.toHexString(e.getCrc()));
        }
      }
    }
    Collections.sort(lines);
    lines.forEach(l -> md.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
  }
}
