package quorum.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code quorum search} without Picocli, for the plain command lines people type: Picocli's
 * model of the search command (annotations read by reflection, its mixins, the help options)
 * cost a small search about a sixth of its CPU, more than the search itself. Only
 * {@code --index DIR}, {@code --limit N}, {@code --snippets N}, {@code --threads}, {@code --json}
 * and query words are taken here, each at most once; anything else (help, --debug, a word
 * starting with {@code -} or {@code @}, a bad number, a configuration file that changes the
 * defaults) returns empty and the caller runs Picocli, which prints exactly what it always did.
 * The search itself is {@link SearchCommand}'s, so the output is the same.
 */
final class SearchFastPath {
  private SearchFastPath() {}

  /** The parsed command, or empty when Picocli must handle {@code args}. */
  static Optional<SearchCommand> parse(String[] args, Map<String, String> env, Path home) {
    if (args.length < 2 || !args[0].equals("search") || Config.file(env, home).isPresent()) {
      return Optional.empty();
    }
    SearchCommand c = new SearchCommand();
    c.indexOption = new IndexOption();
    c.words = new ArrayList<>();
    c.limit = 20;
    c.snippets = 20;
    List<String> seen = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("-")) {
        if (a.startsWith("@")) {
          return Optional.empty();  // Picocli reads arguments from an @file
        }
        c.words.add(a);
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      if (seen.contains(name)) {
        return Optional.empty();  // Picocli's "specified only once" error
      }
      seen.add(name);
      boolean takesValue = name.equals("--index") || name.equals("--limit")
          || name.equals("--snippets");
      if (name.equals("--threads") || name.equals("--json")) {
        if (eq >= 0) {
          return Optional.empty();
        }
        if (name.equals("--threads")) {
          c.byThread = true;
        } else {
          c.json = true;
        }
        continue;
      }
      if (!takesValue) {
        return Optional.empty();
      }
      String value;
      if (eq >= 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return Optional.empty();
      }
      if (name.equals("--index")) {
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
          return Optional.empty();
        }
        c.indexOption.index = Path.of(value);
      } else {
        int n = smallNumber(value);
        if (n < 0 || (name.equals("--limit") && n < 1)) {
          return Optional.empty();  // Picocli and SearchCommand word the error
        }
        if (name.equals("--limit")) {
          c.limit = n;
        } else {
          c.snippets = n;
        }
      }
    }
    return c.words.isEmpty() ? Optional.empty() : Optional.of(c);
  }

  /** Digits only, at most nine of them; -1 for anything else (Picocli's errors cover those). */
  private static int smallNumber(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(s);
  }

  /** Runs a parsed search; failures print as {@link Main} prints them after Picocli. */
  static int run(SearchCommand c, PrintWriter out, PrintWriter err) {
    try {
      return c.search(out);
    } catch (Exception e) {
      out.flush();
      return Main.reportFailure(e, err, false);
    }
  }

  /** Standard output as Picocli makes it ({@code sun.stdout.encoding}, else the default charset). */
  static PrintWriter stdout() {
    return writer(System.out, System.getProperty("sun.stdout.encoding"));
  }

  static PrintWriter stderr() {
    return writer(System.err, System.getProperty("sun.stderr.encoding"));
  }

  /** The charset of {@link #stdout}, which a served search prints in ({@link SearchClient}). */
  static Charset stdoutCharset() {
    return charset(System.getProperty("sun.stdout.encoding"));
  }

  private static PrintWriter writer(java.io.OutputStream stream, String encoding) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(encoding))), true);
  }

  private static Charset charset(String encoding) {
    if (encoding == null) {
      return Charset.defaultCharset();
    }
    String name = "cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding;
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }
}
