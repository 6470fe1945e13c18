package quorum.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A deliberately plain mbox reader for tests: it splits an mboxrd file on {@code From } lines,
 * unfolds the header and hands over the body of every single-part, 7bit/8bit text/plain message
 * (others are skipped). Enough to use real mail bodies as test data without depending on the
 * reader under test.
 */
public final class PlainMbox {
  /** A message's header fields of interest and its body, lines joined with {@code \n}. */
  public record Mail(String messageId, String from, String subject, String body) {}

  private PlainMbox() {}

  public static void read(Path mbox, Consumer<Mail> sink) throws IOException {
    // InputStreamReader replaces malformed bytes (Latin-1 mail) instead of failing
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(Files.newInputStream(mbox), StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("From ") && !lines.isEmpty()) {
          emit(lines, sink);
          lines.clear();
        } else if (!line.startsWith("From ")) {
          lines.add(line);
        }
      }
      if (!lines.isEmpty()) {
        emit(lines, sink);
      }
    }
  }

  public static List<Mail> readAll(Path mbox) throws IOException {
    List<Mail> out = new ArrayList<>();
    read(mbox, out::add);
    return out;
  }

  private static void emit(List<String> lines, Consumer<Mail> sink) {
    int blank = lines.indexOf("");
    if (blank < 0) {
      return;
    }
    List<String> header = unfold(lines.subList(0, blank));
    String type = field(header, "content-type").toLowerCase(Locale.ROOT);
    String cte = field(header, "content-transfer-encoding").toLowerCase(Locale.ROOT).strip();
    if ((!type.isEmpty() && !type.startsWith("text/plain"))
        || !(cte.isEmpty() || cte.equals("7bit") || cte.equals("8bit"))) {
      return;
    }
    StringBuilder body = new StringBuilder();
    for (String l : lines.subList(blank + 1, lines.size())) {
      // mboxrd: one '>' was added to every ">*From " line
      boolean escaped = l.startsWith(">") && l.matches(">+From .*");
      body.append(escaped ? l.substring(1) : l).append('\n');
    }
    sink.accept(new Mail(field(header, "message-id").strip(), field(header, "from").strip(),
        field(header, "subject").strip(), body.toString().stripTrailing()));
  }

  private static List<String> unfold(List<String> header) {
    List<String> out = new ArrayList<>();
    for (String h : header) {
      if (!out.isEmpty() && (h.startsWith(" ") || h.startsWith("\t"))) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + h.strip());
      } else {
        out.add(h);
      }
    }
    return out;
  }

  private static String field(List<String> header, String name) {
    String prefix = name + ":";
    for (String h : header) {
      if (h.toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return h.substring(prefix.length()).strip();
      }
    }
    return "";
  }
}
