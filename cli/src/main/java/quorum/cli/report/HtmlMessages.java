package quorum.cli.report;

import java.util.List;
import org.jsoup.nodes.Element;
import quorum.mail.Attribution;
import quorum.mail.Authored;
import quorum.mail.Message;
import quorum.mail.Patch;
import quorum.mail.Provenance;
import quorum.mail.Quoted;
import quorum.mail.Segment;
import quorum.mail.Signature;
import quorum.mail.Snip;
import quorum.mail.Trailer;

/**
 * The messages of a thread as HTML, each an {@code <article>} with an anchor, its segments as
 * blocks with anchors of their own ({@code t1-m3-L12}: the segment starting at body line 12),
 * so a finding can link to the text it came from. All mail text goes in as jsoup text nodes.
 */
final class HtmlMessages {
  /** Quotes longer than this many lines start collapsed. */
  static final int LONG_QUOTE = 8;
  /** Text per segment beyond this is cut (a report is for reading; the mail keeps the rest). */
  static final int MAX_SEGMENT_CHARS = 100_000;

  private HtmlMessages() {}

  static void render(ThreadReport r, Anchors anchors, Element section) {
    for (ThreadReport.Entry e : r.entries()) {
      Message m = e.message();
      Element art = section.appendElement("article").addClass("msg").id(anchors.message(e.label()));
      Element head = art.appendElement("header");
      head.appendElement("a").addClass("label").attr("href", "#" + anchors.message(e.label()))
          .text(e.label());
      head.appendElement("strong").text(Text.who(m.from()));
      m.from().address().filter(a -> !m.from().name().isBlank())
          .ifPresent(a -> head.appendElement("span").addClass("meta").text(Text.excerpt(a, 120)));
      m.date().ifPresent(d -> head.appendElement("time").addClass("meta").attr("datetime", d.iso())
          .text(Text.date(d)));
      e.parentLabel().ifPresent(p -> {
        Element re = head.appendElement("span").addClass("meta").appendText("in reply to ");
        re.appendElement("a").attr("href", "#" + anchors.message(p)).text(p);
      });
      if (m.provenance() == Provenance.QUOTED_ONLY) {
        head.appendElement("span").addClass("meta").text("known only from quotes in later mail");
      }
      m.id().ifPresent(id -> head.appendElement("span").addClass("meta")
          .text("<" + Text.excerpt(id.value(), 200) + ">"));
      body(m, e.label(), anchors, art);
    }
  }

  private static void body(Message m, String label, Anchors anchors, Element art) {
    List<Segment> segments = m.segments();
    if (segments.isEmpty()) {
      if (!m.body().isBlank()) {
        linked(art.appendElement("div").addClass("own"), m.body());
      }
      return;
    }
    for (Segment s : segments) {
      String id = anchors.segment(label, s.lines().first());
      if (s instanceof Authored) {
        linked(art.appendElement("div").addClass("own").addClass("seg").id(id), s.text());
      } else if (s instanceof Quoted) {
        quote((Quoted) s, id, art);
      } else if (s instanceof Attribution || s instanceof Snip) {
        art.appendElement("p").addClass(s instanceof Snip ? "snip" : "attr").addClass("seg").id(id)
            .text(cut(s.text()));
      } else if (s instanceof Trailer) {
        art.appendElement("p").addClass("trailer").addClass("seg").id(id).text(cut(s.text()));
      } else if (s instanceof Patch) {
        Element d = art.appendElement("details").addClass("patch").addClass("seg").id(id);
        d.appendElement("summary").text("patch, " + s.lines().length() + " lines");
        d.appendElement("pre").text(cut(s.text()));
      } else if (s instanceof Signature) {
        art.appendElement("div").addClass("sig").addClass("seg").id(id).text(cut(s.text()));
      }
    }
  }

  private static void quote(Quoted q, String id, Element art) {
    String cls = "q" + Math.min(q.depth(), 4);
    if (q.lines().length() > LONG_QUOTE) {
      Element d = art.appendElement("details").addClass("seg").id(id);
      d.appendElement("summary").text("quoted, " + q.lines().length() + " lines: "
          + Text.excerpt(q.text(), 70));
      linked(d.appendElement("blockquote").addClass("q").addClass(cls), q.text());
    } else {
      linked(art.appendElement("blockquote").addClass("q").addClass(cls).addClass("seg").id(id),
          q.text());
    }
  }

  /** Appends text with its http(s)/mailto links made clickable; everything else stays text. */
  static void linked(Element into, String text) {
    for (SafeLinks.Piece p : SafeLinks.split(cut(text))) {
      if (p.href().isPresent()) {
        into.appendElement("a").attr("href", p.href().get()).attr("rel", "nofollow noreferrer")
            .text(p.text());
      } else {
        into.appendText(p.text());
      }
    }
  }

  static String cut(String text) {
    if (text.length() <= MAX_SEGMENT_CHARS) {
      return text;
    }
    int end = MAX_SEGMENT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "\n[… " + (text.length() - end) + " more characters not shown]";
  }
}
