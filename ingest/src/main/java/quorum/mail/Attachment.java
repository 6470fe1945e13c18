package quorum.mail;

import java.util.Objects;
import java.util.Optional;

/** A MIME part that is listed, not inlined: its declared name, type and decoded size. */
public record Attachment(Optional<String> filename, String mimeType, long size) {
  public Attachment {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(mimeType, "mimeType");
    if (size < 0) {
      throw new IllegalArgumentException("size=" + size);
    }
  }
}
