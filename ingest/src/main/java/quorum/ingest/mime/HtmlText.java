package quorum.ingest.mime;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Converts an HTML mail part to plain text with jsoup: block elements and {@code <br>} break
 * lines, paragraphs are separated by a blank line, each {@code <blockquote>} level becomes a
 * {@code "> "} quote marker so the quoting survives for the segmenter, and script, style and head
 * are dropped. jsoup's {@link NodeTraversor} walks the tree without recursion.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "tr", "table",
      "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "hr", "dl", "dt", "dd", "section",
      "article", "header", "footer", "address", "center", "body");
  private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
      "pre", "ul", "ol", "table");
  private static final Set<String> DROPPED = Set.of("script", "style", "head", "title",
      "noscript", "template");

  private HtmlText() {}

  public static String toText(String html) {
    Document doc = Jsoup.parse(html);
    Writer w = new Writer();
    NodeTraversor.traverse(w, doc);
    return w.finish();
  }

  /** Accumulates lines; the current quote depth prefixes each line with "> " markers. */
  private static final class Writer implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private int quoteDepth;
    private int preDepth;
    private int droppedDepth;
    private int pendingBreaks;
    private boolean lineQuoteDepthSet;
    private int lineQuoteDepth;
    private int lastDepth;
    private boolean quoteJustOpened;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (DROPPED.contains(tag)) {
          droppedDepth++;
          return;
        }
        if (droppedDepth > 0) {
          return;
        }
        if (tag.equals("br")) {
          if (line.length() > 0) {
            emitLine();
          } else if (out.length() > 0) {
            pendingBreaks = 1;
          }
        } else if (BLOCKS.contains(tag)) {
          breakLine(PARAGRAPHS.contains(tag) ? 2 : 1);
        }
        if (tag.equals("blockquote")) {
          quoteDepth++;
          quoteJustOpened = true;
        } else if (tag.equals("pre")) {
          preDepth++;
        } else if (tag.equals("li")) {
          text("* ");
        }
      } else if (node instanceof TextNode t && droppedDepth == 0) {
        if (preDepth > 0) {
          String[] lines = t.getWholeText().split("\r?\n", -1);
          for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
              breakLine(1);
            }
            text(lines[i]);
          }
        } else {
          String s = t.text();
          if (line.length() == 0 || endsWithSpace()) {
            s = s.stripLeading();
          }
          text(s);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (DROPPED.contains(tag)) {
          droppedDepth--;
          return;
        }
        if (droppedDepth > 0) {
          return;
        }
        if (BLOCKS.contains(tag)) {
          // a quote follows its attribution line directly, but ends with a blank line
          breakLine(PARAGRAPHS.contains(tag) || tag.equals("blockquote") ? 2 : 1);
        }
        if (tag.equals("blockquote")) {
          quoteDepth--;
        } else if (tag.equals("pre")) {
          preDepth--;
        }
      }
    }

    private boolean endsWithSpace() {
      return line.length() > 0 && line.charAt(line.length() - 1) == ' ';
    }

    private void text(String s) {
      if (s.isEmpty()) {
        return;
      }
      flushBreaks();
      quoteJustOpened = false;
      if (!lineQuoteDepthSet) {
        lineQuoteDepth = quoteDepth;
        lineQuoteDepthSet = true;
      }
      line.append(s);
    }

    /** Ends the current line; {@code n == 2} asks for a blank line after it (at most one). */
    private void breakLine(int n) {
      if (line.length() > 0) {
        emitLine();
        pendingBreaks = Math.max(pendingBreaks, n - 1);
      } else if (out.length() > 0 && n == 2 && !quoteJustOpened) {
        pendingBreaks = 1;
      }
    }

    private void flushBreaks() {
      // a blank line between two quote levels belongs to the outer one
      int depth = Math.min(quoteDepth, lastDepth);
      for (int i = 0; i < pendingBreaks; i++) {
        out.append("> ".repeat(depth).stripTrailing()).append('\n');
      }
      pendingBreaks = 0;
    }

    private void emitLine() {
      String text = line.toString().stripTrailing();
      if (lineQuoteDepth > 0) {
        out.append("> ".repeat(lineQuoteDepth));
      }
      out.append(text).append('\n');
      lastDepth = lineQuoteDepth;
      line.setLength(0);
      lineQuoteDepthSet = false;
    }

    String finish() {
      if (line.length() > 0) {
        emitLine();
      }
      return out.toString().strip() + "\n";
    }
  }
}
