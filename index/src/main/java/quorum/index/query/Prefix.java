package quorum.index.query;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import quorum.index.schema.Fields;

/**
 * The search prefixes, as public-inbox / lore name them, and the fields each one searches with
 * its boost. A term without a prefix searches {@link #DEFAULT}.
 */
public enum Prefix {
  DEFAULT("", List.of(new Target(Fields.SUBJECT, 2.0f), new Target(Fields.OWN, 1.0f),
      new Target(Fields.FROM, 0.5f), new Target(Fields.PATCH, 0.5f),
      new Target(Fields.TRAILERS, 0.5f), new Target(Fields.QUOTED, 0.3f))),
  SUBJECT("s", List.of(new Target(Fields.SUBJECT, 1f))),
  FROM("f", List.of(new Target(Fields.FROM, 1f))),
  BODY("b", List.of(new Target(Fields.OWN, 1f), new Target(Fields.QUOTED, 0.5f),
      new Target(Fields.PATCH, 0.5f), new Target(Fields.TRAILERS, 0.5f))),
  QUOTED("q", List.of(new Target(Fields.QUOTED, 1f))),
  OWN("nq", List.of(new Target(Fields.OWN, 1f))),
  PATCH_FILE("dfn", List.of(new Target(Fields.PATCH_FILES, 1f))),
  PATCH_ADDED("dfa", List.of(new Target(Fields.PATCH_ADDED, 1f))),
  PATCH_REMOVED("dfb", List.of(new Target(Fields.PATCH_REMOVED, 1f))),
  DATE("d", List.of(new Target(Fields.DATE, 1f))),
  MESSAGE_ID("m", List.of(new Target(Fields.KEY, 1f))),
  CHANGE_ID("changeid", List.of(new Target(Fields.CHANGE_ID, 1f))),
  /** {@code git patch-id --stable} of the message's patch, as lore's {@code patchid:}. */
  PATCH_ID("patchid", List.of(new Target(Fields.PATCH_ID, 1f)));

  /** A field a prefix searches, with the weight of a match there. */
  public record Target(String field, float boost) {}

  private final String name;
  private final List<Target> targets;

  Prefix(String name, List<Target> targets) {
    this.name = name;
    this.targets = targets;
  }

  /** As typed, without the colon ({@code "nq"}); empty for {@link #DEFAULT}. */
  public String prefixName() {
    return name;
  }

  public List<Target> targets() {
    return targets;
  }

  public static Optional<Prefix> of(String typed) {
    String t = typed.toLowerCase(Locale.ROOT);
    for (Prefix p : values()) {
      if (p != DEFAULT && p.name.equals(t)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** "s: f: b: ..." for error messages. */
  public static String known() {
    StringBuilder sb = new StringBuilder();
    for (Prefix p : values()) {
      if (p != DEFAULT) {
        sb.append(sb.length() == 0 ? "" : " ").append(p.name).append(':');
      }
    }
    return sb.toString();
  }
}
