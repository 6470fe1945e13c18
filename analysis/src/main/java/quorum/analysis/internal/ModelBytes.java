package quorum.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a learned reader's model file in use: the file a system property names (or
 * none, when it says {@code none}), else the resource shipped beside the reader's class, else
 * none. Both learned readers (stance, answered/open) load this way, and the analysis cache's
 * code fingerprint hashes the same bytes, so the two can never disagree.
 */
public final class ModelBytes {
  private ModelBytes() {}

  /** The model bytes, empty when no model is in use. */
  public static byte[] inUse(String overrideProperty, Class<?> reader, String resource) {
    try {
      String o = System.getProperty(overrideProperty);
      if (o != null) {
        return o.equals("none") ? new byte[0] : Files.readAllBytes(Path.of(o));
      }
      try (InputStream in = reader.getResourceAsStream(resource)) {
        return in == null ? new byte[0] : in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
