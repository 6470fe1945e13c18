package quorum.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import quorum.testing.CorpusLocator;

/**
 * Bounded time for every regular expression in main code, of every module (issue 8): each
 * literal regex passed to {@code Pattern.compile}, {@code String.split}, {@code replaceAll},
 * {@code replaceFirst} or {@code matches} is found in the sources, then run on its worst cases,
 * long runs (20 000) of each character it names and of each pair of them, ending in a character
 * that breaks the match. A pattern that backtracks catastrophically never finishes; the test
 * stops it after a generous bound and fails. A regex passed as anything but a literal fails
 * too, so a new one cannot slip past the inventory.
 */
class RegexWorstCaseTest {
  private static final Pattern CALL = Pattern.compile(
      "(Pattern\\.compile|\\.split|\\.replaceAll|\\.replaceFirst|\\.matches)\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\")?");
  private static final int RUN = 20_000;
  private static final Duration BOUND = Duration.ofSeconds(20);
  /** Characters mail is made of, tried whatever the regex names. */
  private static final String COMMON = " \t\n\ra0A.,;:-_/\\\"'<>=?()[]|+*@!#";

  record Regex(String where, String regex) {
    @Override
    public String toString() {
      return where + " /" + regex + "/";
    }
  }

  static Stream<Regex> regexes() throws IOException {
    List<Regex> found = new ArrayList<>();
    for (Path source : mainSources()) {
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = CALL.matcher(lines.get(i));
        while (m.find()) {
          String where = CorpusLocator.root().relativize(source) + ":" + (i + 1);
          if (m.group(2) != null) {
            found.add(new Regex(where, unescape(m.group(2))));
          } else if (m.group(1).equals("Pattern.compile")) {
            found.add(new Regex(where, null)); // not a literal: reported by the test
          }
        }
      }
    }
    // 2026-11-25: 30 literal regexes in main code (\\s+, [^A-Za-z']+, \n\s*\n, ...)
    assertThat(found).as("regexes found in main sources").hasSizeGreaterThanOrEqualTo(20);
    return found.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regexes")
  void finishesOnLongRunsOfEveryCharacterItNames(Regex r) {
    assertThat(r.regex()).as(r.where() + ": Pattern.compile of a non-literal; add its worst"
        + " cases to this test").isNotNull();
    Pattern p = Pattern.compile(r.regex());
    assertTimeoutPreemptively(BOUND, () -> worstCases(p), r.toString());
  }

  /** The checker itself: a classic catastrophic pattern must be caught. */
  @Test
  void catchesACatastrophicPattern() {
    Pattern bad = Pattern.compile("(a+)+b");
    assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofMillis(500),
        () -> worstCases(bad))).isInstanceOf(org.opentest4j.AssertionFailedError.class);
  }

  private static void worstCases(Pattern p) {
    String named = named(p.pattern());
    String all = named + COMMON;
    for (int i = 0; i < all.length(); i++) {
      run(p, String.valueOf(all.charAt(i)));
    }
    for (int i = 0; i < named.length(); i++) {
      for (int j = 0; j < named.length(); j++) {
        if (i != j) {
          run(p, "" + named.charAt(i) + named.charAt(j));
        }
      }
    }
  }

  /** {@code unit} repeated to {@link #RUN} characters, then a NUL that matches nothing named. */
  private static void run(Pattern p, String unit) {
    String input = unit.repeat(RUN / unit.length()) + "\u0000";
    Matcher m = p.matcher(input);
    while (m.find()) {
      if (m.end() == m.start() && m.end() >= input.length()) {
        break;
      }
    }
    m.reset();
    m.matches();
    p.split(input);
  }

  /** Characters the regex names: literals, class members, what {@code \\s} and the like stand for. */
  private static String named(String regex) {
    Set<Character> out = new LinkedHashSet<>();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char e = regex.charAt(++i);
        switch (e) {
          case 's' -> { out.add(' '); out.add('\t'); out.add('\n'); }
          case 'd' -> out.add('7');
          case 'w' -> out.add('w');
          case 'n' -> out.add('\n');
          case 't' -> out.add('\t');
          default -> out.add(e);
        }
      } else if (Character.isLetterOrDigit(c) || " ,;:-_/'\"<>=@!#.|".indexOf(c) >= 0) {
        out.add(c);
      }
    }
    StringBuilder b = new StringBuilder();
    out.forEach(b::append);
    return b.toString();
  }

  private static String unescape(String literal) {
    String s = literal.substring(1, literal.length() - 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(++i);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case '"' -> b.append('"');
          case '\'' -> b.append('\'');
          case '\\' -> b.append('\\');
          default -> b.append('\\').append(e);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<Path> mainSources() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(CorpusLocator.root())) {
      for (Path module : modules.sorted().toList()) {
        Path main = module.resolve("src/main/java");
        if (Files.isDirectory(main)) {
          try (Stream<Path> s = Files.walk(main)) {
            s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
          }
        }
      }
    }
    assertThat(out).as("main sources").hasSizeGreaterThan(100);
    return out;
  }
}
