package quorum.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code quorum search} as the client sends it to the server: the parsed options, the
 * absolute index, and what the client's terminal takes (bold or plain, which charset), so the
 * server prints exactly what the client would have printed itself.
 *
 * @param build the jar the client runs ({@link #currentBuild}); a server of another build
 *     refuses, so a rebuilt quorum never answers with an old one's code
 */
record SearchRequest(String build, Path index, List<String> words, int limit, int snippets,
    boolean byThread, boolean json, boolean styled, String charset) {

  static final int PROTOCOL = 1;

  static SearchRequest of(SearchCommand c, Path index, boolean styled, String charset) {
    return new SearchRequest(currentBuild(), index, List.copyOf(c.words), c.limit, c.snippets,
        c.byThread, c.json, styled, charset);
  }

  /** The search command this request stands for. */
  SearchCommand command() {
    SearchCommand c = new SearchCommand();
    c.indexOption = new IndexOption();
    c.indexOption.index = index;
    c.words = new ArrayList<>(words);
    c.limit = limit;
    c.snippets = snippets;
    c.byThread = byThread;
    c.json = json;
    return c;
  }

  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(PROTOCOL);
    out.writeUTF(build);
    out.writeUTF(index.toString());
    out.writeInt(words.size());
    for (String w : words) {
      out.writeUTF(w);
    }
    out.writeInt(limit);
    out.writeInt(snippets);
    out.writeBoolean(byThread);
    out.writeBoolean(json);
    out.writeBoolean(styled);
    out.writeUTF(charset);
    out.flush();
  }

  /** The request, or null when the client speaks another protocol version. */
  static SearchRequest readFrom(DataInputStream in) throws IOException {
    if (in.readInt() != PROTOCOL) {
      return null;
    }
    String build = in.readUTF();
    Path index = Path.of(in.readUTF());
    int n = in.readInt();
    if (n < 0 || n > 100_000) {
      throw new IOException("bad request: " + n + " words");
    }
    List<String> words = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      words.add(in.readUTF());
    }
    return new SearchRequest(build, index, words, in.readInt(), in.readInt(), in.readBoolean(),
        in.readBoolean(), in.readBoolean(), in.readUTF());
  }

  /**
   * The jar (or class folder) quorum runs from, with its size and time: what tells two builds
   * apart, at the cost of one file lookup.
   */
  static String currentBuild() {
    try {
      Path code = Path.of(SearchRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      java.io.File f = code.toFile();
      return code + " " + f.length() + " " + f.lastModified();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
