package quorum.index;

import java.util.List;
import java.util.Objects;

/**
 * The versions of one patch series, oldest first.
 *
 * @param name the normalized series name of the latest version (subject without prefixes)
 * @param versions one entry per posting of the series (a RESEND is a second entry)
 */
public record SeriesHistory(String name, List<SeriesVersion> versions) {
  public SeriesHistory {
    Objects.requireNonNull(name, "name");
    versions = List.copyOf(versions);
  }
}
