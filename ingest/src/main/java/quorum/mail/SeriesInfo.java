package quorum.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code [PATCH RFC v2 3/7]} subject prefix says: the series name (subject without
 * prefixes), its version (1 when unstated), the part and total when numbered, and tags
 * such as RFC or RESEND.
 */
public record SeriesInfo(String name, int version, Optional<Integer> part, Optional<Integer> total,
    List<String> tags) {
  public SeriesInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(total, "total");
    tags = List.copyOf(tags);
    if (version < 1) {
      throw new IllegalArgumentException("version=" + version);
    }
  }

  public boolean isCoverLetter() {
    return part.isPresent() && part.get() == 0;
  }
}
