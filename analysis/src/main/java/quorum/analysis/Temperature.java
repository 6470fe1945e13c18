package quorum.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import quorum.mail.MessageKey;
import quorum.mail.Participant;

/**
 * How contested a thread is, and the messages that make it so. Each sign of friction scores
 * points: a Nack 3, an opposing stance 2, a concern 1, a challenge left unanswered 1. The
 * score is {@code points / (points + messages)}: 0 for a thread without friction, 0.5 when
 * there is as much friction as there are messages, approaching 1 when every message fights.
 *
 * @param score     in [0, 1)
 * @param contested issues on which one participant opposes what another supports
 * @param drivers   the findings behind the points, in thread order
 */
public record Temperature(double score, Level level, int points, int nacks, int oppositions,
    int concerns, int unansweredChallenges, int contested, List<Driver> drivers) {
  /** Bands of the score: calm below 0.2, warm below 0.5, heated from 0.5. */
  public enum Level {
    CALM, WARM, HEATED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Level of(double score) {
      return score >= 0.5 ? HEATED : score >= 0.2 ? WARM : CALM;
    }
  }

  /** What a driver is. */
  public enum Kind {
    NACK(3), OPPOSES(2), CONCERN(1), UNANSWERED_CHALLENGE(1);

    private final int points;

    Kind(int points) {
      this.points = points;
    }

    public int points() {
      return points;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * One finding that heats the thread.
   *
   * @param issue the issue id it bears on, "" when none
   */
  public record Driver(MessageKey message, Participant who, Kind kind, String issue,
      String excerpt) {
    public Driver {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(who, "who");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(excerpt, "excerpt");
    }
  }

  public static final Temperature NONE = new Temperature(0, Level.CALM, 0, 0, 0, 0, 0, 0, List.of());

  public Temperature {
    Objects.requireNonNull(level, "level");
    drivers = List.copyOf(drivers);
    if (score < 0 || score >= 1 || points < 0) {
      throw new IllegalArgumentException("score=" + score + " points=" + points);
    }
  }
}
