package quorum.analysis;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quorum.mail.Discussion;

/**
 * Whole-thread analysis results on disk, so that analysing a thread again that has not changed
 * costs a file read instead of the finders (which, with the annotations cached, are most of a
 * re-analysis). An entry's key is a SHA-256 of everything the result depends on: the thread
 * as the analyzer receives it (every message with its headers, body and segments, and the
 * reply tree, written out by Jackson with map entries in key order), which annotator made the
 * sentences, and {@link CodeVersion} (the analysis and model classes), so a changed message, a
 * new message or a changed finder misses and is analysed afresh. A result is stored as JSON
 * of the records themselves (type ids only where a declared type is an interface); an
 * unreadable entry is ignored and rewritten. Entries live in {@code threads/<version>/}, one
 * folder per version of the code, so that old versions' entries can be pruned
 * ({@link CachePruner}).
 */
final class ResultCache {
  private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);
  private static final ObjectMapper MAPPER = mapper();

  private final Optional<Path> dir;
  private final String annotator;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicBoolean pruned = new AtomicBoolean();

  /** A cache in {@code cacheDir}/threads; none when {@code cacheDir} is empty. */
  ResultCache(Optional<Path> cacheDir, String annotator) {
    this.dir = Objects.requireNonNull(cacheDir, "cacheDir").map(d -> d.resolve("threads"));
    this.annotator = Objects.requireNonNull(annotator, "annotator");
  }

  /** The key of {@code d}'s analysis; empty when there is no cache directory. */
  Optional<String> keyOf(Discussion d) {
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((CodeVersion.current() + "\n" + annotator + "\n").getBytes(StandardCharsets.UTF_8));
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
        MAPPER.writeValue(out, d);
      }
      return Optional.of(HexFormat.of().formatHex(md.digest()));
    } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
      LOG.warn("cannot key the analysis of \"{}\" for the cache ({}); analysing without it", d.subject(), e.toString());
      return Optional.empty();
    }
  }

  /** The cached analysis under {@code key}, if there is a readable one. */
  Optional<ThreadAnalysis> get(String key) {
    Path f = file(key);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      ThreadAnalysis a = MAPPER.readValue(f.toFile(), ThreadAnalysis.class);
      hits.incrementAndGet();
      return Optional.of(a);
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: unreadable cached analysis ({}); analysing again", f, e.getMessage());
      return Optional.empty();
    }
  }

  void put(String key, ThreadAnalysis a) {
    Path f = file(key);
    pruneOnce();
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), "analysis", ".tmp");
      try {
        MAPPER.writeValue(tmp.toFile(), a);
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("{}: cannot write the cached analysis ({}); going on without it", f, e.toString());
    }
  }

  /** Threads whose analysis came from this cache. */
  int hits() {
    return hits.get();
  }

  /** Entries of this version of the code live in a folder of their own ({@link CachePruner}). */
  private Path file(String key) {
    return dir.orElseThrow().resolve(versionFolder()).resolve(key + ".json");
  }

  private static String versionFolder() {
    String v = CodeVersion.current();
    return v.length() > 16 ? v.substring(0, 16) : v;
  }

  /** Prunes other versions' entries once, on this process's first write. */
  private void pruneOnce() {
    if (pruned.compareAndSet(false, true)) {
      CachePruner.prune(dir.orElseThrow(), versionFolder(), dir.orElseThrow().getParent(), Instant.now());
    }
  }

  /**
   * Records through their components; Optional and java.time; map entries sorted so that the
   * key does not depend on a map's iteration order; and, where a declared type is an
   * interface or Object, the class of the value (only quorum's and the JDK's may be read back).
   */
  private static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    m.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
    m.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    m.setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    m.activateDefaultTyping(BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("quorum.").allowIfSubType("java.").build(),
        ObjectMapper.DefaultTyping.OBJECT_AND_NON_CONCRETE);
    return m;
  }
}
