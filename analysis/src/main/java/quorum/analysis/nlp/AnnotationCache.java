package quorum.analysis.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quorum.mail.MessageKey;

/**
 * Annotation results per message, keyed by message key and a SHA-256 of the annotated text,
 * in memory and optionally in a directory (one small binary file per message, see
 * {@link AnnotationCodec}), so a second analysis of the same thread does not run the pipeline
 * again; nor does it load the pipeline, which happens on the first text the cache misses. A
 * changed text misses; an unreadable cache file is ignored and rewritten.
 */
public final class AnnotationCache {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);

  /** What a cache file holds. */
  record Entry(String key, String hash, List<Sentence> sentences) {}

  private final SentenceAnnotator annotator;
  private final Optional<Path> dir;
  private final Map<String, Entry> memory = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  public AnnotationCache(SentenceAnnotator annotator, Optional<Path> dir) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  /** The sentences of {@code text}, the own text of message {@code key}. */
  public List<Sentence> sentences(MessageKey key, String text) {
    String hash = sha256(text);
    Entry e = memory.get(key.value());
    if (e == null || !e.hash().equals(hash)) {
      e = read(key).filter(x -> x.hash().equals(hash)).orElse(null);
    }
    if (e != null && e.hash().equals(hash)) {
      hits.incrementAndGet();
      memory.put(key.value(), e);
      return e.sentences();
    }
    misses.incrementAndGet();
    Entry fresh = new Entry(key.value(), hash, annotator.annotate(text));
    memory.put(key.value(), fresh);
    write(fresh);
    return fresh.sentences();
  }

  public int hits() {
    return hits.get();
  }

  public int misses() {
    return misses.get();
  }

  private Optional<Path> file(MessageKey key) {
    return dir.map(d -> d.resolve(sha256(key.value()).substring(0, 40) + ".bin"));
  }

  private Optional<Entry> read(MessageKey key) {
    Optional<Path> f = file(key);
    if (f.isEmpty() || !Files.isRegularFile(f.get())) {
      return Optional.empty();
    }
    try {
      Entry e = AnnotationCodec.decode(Files.readAllBytes(f.get()));
      return e.key().equals(key.value()) ? Optional.of(e) : Optional.empty();
    } catch (IOException | RuntimeException ex) {
      LOG.warn("{}: unreadable annotation cache entry ({}); annotating again", f.get(), ex.getMessage());
      return Optional.empty();
    }
  }

  private void write(Entry e) {
    Optional<Path> f = file(new MessageKey(e.key()));
    if (f.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(f.get().getParent());
      Path tmp = Files.createTempFile(f.get().getParent(), "entry", ".tmp");
      Files.write(tmp, AnnotationCodec.encode(e));
      Files.move(tmp, f.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException ex) {
      LOG.warn("{}: cannot write annotation cache entry ({}); going on without it", f.get(), ex.getMessage());
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
