package quorum.bench.corpus;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import quorum.bench.corpus.People.Person;
import quorum.bench.corpus.Planned.Kind;

/**
 * Generates a deterministic, realistic list archive of exactly {@code count} messages: threads
 * planned by {@link ThreadPlanner}, bodies by {@link Bodies}, MIME by {@link Mime}, headers by
 * {@link MailRenderer}, about one message in 500 damaged ({@link Damage}) and one in 2 000
 * delivered twice. Threads start at an even pace over five years and interleave in date order
 * as an archive does; only the threads still open are held in memory.
 *
 * <p>Same seed and count, same bytes. The queries {@code bench/run} times rely on
 * {@link #queries}.
 */
public final class CorpusGenerator {
  private static final ZonedDateTime FIRST = ZonedDateTime.of(2019, 1, 7, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final long SPAN_SECONDS = 5L * 365 * 24 * 3600;
  private static final ZoneOffset[] ZONES = {ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(2),
      ZoneOffset.ofHours(-7), ZoneOffset.ofHours(-4), ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(8),
      ZoneOffset.ofHours(9)};

  /** Counts of what was written, for the run log. */
  public record Summary(int messages, int threads, long bytes, int damaged, int duplicated) {}

  private record Pending(long epoch, long seq, byte[] raw) {}

  private final long seed;
  private final People people;
  private final ThreadPlanner planner;

  public CorpusGenerator(long seed) {
    this.seed = seed;
    this.people = new People(seed);
    this.planner = new ThreadPlanner(people);
  }

  /**
   * The benchmark's query words for this corpus: common word, rare word, phrase, the most
   * active author's address, and a month in the middle of the archive (yyyy-mm).
   */
  public List<String> queries() {
    return List.of(Vocabulary.COMMON, Vocabulary.RARE, Vocabulary.PHRASE, people.top().address(),
        "2021-06");
  }

  /**
   * Writes {@code count} messages to {@code sink}; the messages of the first
   * {@code sampleThreads} threads also go to {@code sample} (for the analysis benchmark).
   */
  public Summary generate(int count, MailSink sink, MailSink sample, int sampleThreads) throws IOException {
    PriorityQueue<Pending> open = new PriorityQueue<>((a, b) -> a.epoch != b.epoch
        ? Long.compare(a.epoch, b.epoch) : Long.compare(a.seq, b.seq));
    long gap = Math.max(60, SPAN_SECONDS / Math.max(1, count * 2 / 11));
    int produced = 0;
    int threads = 0;
    int damaged = 0;
    int duplicated = 0;
    long seq = 0;
    while (produced < count) {
      Random r = new Random(seed * 1_000_003L + threads);
      ZonedDateTime start = FIRST.plusSeconds(threads * gap + r.nextInt((int) Math.min(gap, 3600)))
          .withZoneSameInstant(ZONES[r.nextInt(ZONES.length)]);
      while (!open.isEmpty() && open.peek().epoch < start.toEpochSecond()) {
        sink.add(open.poll().raw);
      }
      List<Planned> plan = planner.plan(r, threads, Math.min(ThreadPlanner.size(r), count - produced), start);
      List<String> bodies = new ArrayList<>(plan.size());
      for (Planned m : plan) {
        Random mr = new Random(r.nextLong());
        byte[] raw = render(mr, m, plan, bodies);
        if (mr.nextInt(500) == 0) {
          raw = Damage.apply(mr, raw, damaged++ % Damage.KINDS);
        }
        open.add(new Pending(m.date().toEpochSecond(), seq++, raw));
        produced++;
        if (threads < sampleThreads) {
          sample.add(raw);
        }
        if (produced < count && mr.nextInt(2000) == 0) {
          open.add(new Pending(m.date().toEpochSecond() + 60, seq++, raw));
          produced++;
          duplicated++;
        }
      }
      threads++;
    }
    while (!open.isEmpty()) {
      sink.add(open.poll().raw);
    }
    return new Summary(sink.count(), threads, sink.bytes(), damaged, duplicated);
  }

  private byte[] render(Random r, Planned m, List<Planned> plan, List<String> bodies) {
    Planned parent = m.parent() >= 0 ? plan.get(m.parent()) : null;
    Bodies b = new Bodies(r, r.nextInt(5) == 0, r.nextInt(1000) == 0);
    String text;
    if (m.kind() == Kind.COVER) {
      text = b.coverLetter(m.author(), plan.size() - 1, Vocabulary.subsystem(r));
    } else if (m.kind() == Kind.PATCH) {
      text = b.patch(m.author());
    } else if (m.kind() == Kind.POST) {
      text = b.post(m.author());
    } else {
      text = b.reply(m.author(), parent.author(), parent.date(), bodies.get(m.parent()));
    }
    bodies.add(text);
    List<Person> cc = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      cc.add(people.draw(r));
    }
    Mime.Part part = m.kind() == Kind.PATCH ? new Mime.Part(
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n", text)
        : Mime.wrap(r, text, m.index());
    return MailRenderer.render(r, m, parent == null ? null : parent.author(), cc, part);
  }
}
