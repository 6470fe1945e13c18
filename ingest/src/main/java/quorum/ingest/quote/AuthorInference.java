package quorum.ingest.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quorum.mail.Authored;
import quorum.mail.Message;
import quorum.mail.MessageKey;
import quorum.mail.Participant;
import quorum.mail.Segment;
import quorum.mail.Signature;

/**
 * Infers the author of a message that does not state one (a web-archive copy has no From:).
 * Two rules, tried in order; when neither applies the author stays unknown:
 *
 * <ol>
 *   <li><b>Sign-off.</b> The last lines of the own text or signature hold a short line that
 *       is the name, or the first name, of exactly one known participant of the thread
 *       ("Thanks,\nMauro").</li>
 *   <li><b>Addressee answers.</b> The parent P was itself a reply to G, by another person, and
 *       P addresses that person in the second person ("Did you ...", "If you care ..."). An
 *       unsigned answer to a direct address most likely comes from the one addressed, as in a
 *       two-person exchange that alternates. Limits: a third person may step in (common on
 *       busy lists); P's "you" may be generic; the rule needs both P's and G's authors.</li>
 * </ol>
 */
final class AuthorInference {
  private static final Set<String> SECOND_PERSON =
      Set.of("you", "your", "yours", "you're", "you've", "you'd", "you'll", "yourself");
  private static final int SIGN_OFF_LINES = 3;
  private static final int SIGN_OFF_WORDS = 3;

  private AuthorInference() {}

  static Optional<Participant> infer(Message m, Map<MessageKey, MessageKey> parentOf,
      Map<MessageKey, Message> messages) {
    Optional<Participant> signed = signOff(m, messages.values());
    if (signed.isPresent()) {
      return signed;
    }
    Message p = messageAbove(m.key(), parentOf, messages);
    if (p == null || p.from().isUnknown()) {
      return Optional.empty();
    }
    Message g = messageAbove(p.key(), parentOf, messages);
    if (g == null || g.from().isUnknown() || g.from().sameAs(p.from())) {
      return Optional.empty();
    }
    return addresses(p.ownText()) ? Optional.of(g.from()) : Optional.empty();
  }

  private static Message messageAbove(MessageKey key, Map<MessageKey, MessageKey> parentOf,
      Map<MessageKey, Message> messages) {
    MessageKey p = parentOf.get(key);
    return p == null ? null : messages.get(p);
  }

  private static boolean addresses(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
      if (SECOND_PERSON.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Participant> signOff(Message m, Iterable<Message> all) {
    List<String> tail = new ArrayList<>();
    for (Segment s : m.segments()) {
      if (s.depth() == 0 && (s instanceof Authored || s instanceof Signature)) {
        s.text().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(tail::add);
      }
    }
    for (int i = tail.size() - 1; i >= 0 && i >= tail.size() - SIGN_OFF_LINES; i--) {
      String line = withoutTrailingPunctuation(tail.get(i));
      if (line.isEmpty() || line.split(" ").length > SIGN_OFF_WORDS) {
        continue;
      }
      Participant found = null;
      for (Message o : all) {
        Participant p = o.from();
        if (!p.isUnknown() && namedBy(p, line) && (found == null || found.sameAs(p))) {
          found = p;
        } else if (!p.isUnknown() && namedBy(p, line)) {
          return Optional.empty(); // two people answer to that name
        }
      }
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private static boolean namedBy(Participant p, String line) {
    String name = p.name().strip();
    if (name.isEmpty()) {
      return false;
    }
    String first = name.split("\\s+")[0];
    return line.equalsIgnoreCase(name) || line.equalsIgnoreCase(first);
  }

  /**
   * "Thanks, Ann." -> "Thanks, Ann". By hand: the regex {@code [.,!]+$} retries from every
   * position of a long run of dots, quadratic on a hostile line (RegexWorstCaseTest).
   */
  private static String withoutTrailingPunctuation(String line) {
    int end = line.length();
    while (end > 0 && ".,!".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(0, end);
  }
}
