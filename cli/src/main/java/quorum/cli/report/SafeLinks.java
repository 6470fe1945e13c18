package quorum.cli.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the links in text from mail that a report may make clickable: {@code http:},
 * {@code https:} and {@code mailto:} only. Anything else ({@code javascript:}, {@code data:},
 * {@code file:}, ...) stays text. A linear scan with {@code indexOf}: no regular expression that
 * could backtrack on a hostile line.
 */
final class SafeLinks {
  private static final String[] SCHEMES = {"https://", "http://", "mailto:"};
  private static final String TRAILING = ".,;:!?)]}'\"";

  /** A piece of text: plain, or a link whose text is also its target. */
  record Piece(String text, Optional<String> href) {}

  private SafeLinks() {}

  static List<Piece> split(String text) {
    List<Piece> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int done = 0;
    int from = 0;
    while (from < text.length()) {
      int at = -1;
      for (String s : SCHEMES) {
        int i = lower.indexOf(s, from);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
        }
      }
      if (at < 0) {
        break;
      }
      int end = at;
      while (end < text.length() && !stops(text.charAt(end))) {
        end++;
      }
      while (end > at && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      String candidate = text.substring(at, end);
      Optional<String> href = safeHref(candidate);
      if (href.isPresent() && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))) {
        if (at > done) {
          out.add(new Piece(text.substring(done, at), Optional.empty()));
        }
        out.add(new Piece(candidate, href));
        done = end;
      }
      from = Math.max(end, at + 1);
    }
    if (done < text.length()) {
      out.add(new Piece(text.substring(done), Optional.empty()));
    }
    return out;
  }

  /** The URL as an href when it is a well-formed http(s) or mailto URI, else empty. */
  static Optional<String> safeHref(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      boolean mail = scheme.equals("mailto") && uri.getSchemeSpecificPart() != null
          && uri.getSchemeSpecificPart().contains("@");
      return web || mail ? Optional.of(uri.toASCIIString()) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty(); // not a URI we can vouch for: it stays text
    }
  }

  private static boolean stops(char c) {
    return Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>'
        || c == '"' || c == '`' || c == '\'';
  }
}
