package quorum.analysis.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The disk form of an {@link AnnotationCache} entry: a compact binary file, since reading it
 * back is all a cached re-analysis does. After a magic number come the distinct strings of
 * the entry once each (words, tags, lemmas and relations repeat), then the sentences as
 * numbers that point into that table. A file that does not decode is an {@link IOException}.
 */
final class AnnotationCodec {
  /**
   * "QAN" and a format version; a cache written in another format is annotated again. Version
   * 2: code words are shielded from the tokenizer ({@link CodeShield}), which splits differently.
   */
  private static final int MAGIC = 0x51414e02;

  private AnnotationCodec() {}

  static byte[] encode(AnnotationCache.Entry e) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> table = new ArrayList<>();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      DataOutputStream out = new DataOutputStream(body);
      out.writeInt(id(e.key(), ids, table));
      out.writeInt(id(e.hash(), ids, table));
      out.writeInt(e.sentences().size());
      for (Sentence s : e.sentences()) {
        out.writeInt(id(s.text(), ids, table));
        out.writeInt(s.begin());
        out.writeInt(s.end());
        out.writeInt(s.tokens().size());
        for (Token t : s.tokens()) {
          out.writeInt(id(t.word(), ids, table));
          out.writeInt(id(t.tag(), ids, table));
          out.writeInt(id(t.lemma(), ids, table));
          out.writeInt(t.begin());
          out.writeInt(t.end());
        }
        out.writeInt(s.edges().size());
        for (Dependency d : s.edges()) {
          out.writeInt(id(d.relation(), ids, table));
          out.writeInt(d.governor());
          out.writeInt(d.dependent());
        }
      }
      ByteArrayOutputStream file = new ByteArrayOutputStream(body.size() + 16 * table.size());
      DataOutputStream head = new DataOutputStream(file);
      head.writeInt(MAGIC);
      head.writeInt(table.size());
      for (String s : table) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        head.writeInt(b.length);
        head.write(b);
      }
      body.writeTo(head);
      head.flush();
      return file.toByteArray();
    } catch (IOException ex) {
      throw new IllegalStateException("writing to memory failed", ex);
    }
  }

  private static int id(String s, Map<String, Integer> ids, List<String> table) {
    return ids.computeIfAbsent(s, k -> {
      table.add(k);
      return table.size() - 1;
    });
  }

  static AnnotationCache.Entry decode(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    try {
      if (bytes.length < 8 || in.readInt() != MAGIC) {
        throw new IOException("not an annotation cache entry of this version");
      }
      String[] table = new String[count(in, bytes.length)];
      for (int i = 0; i < table.length; i++) {
        byte[] b = new byte[count(in, bytes.length)];
        in.readFully(b);
        table[i] = new String(b, StandardCharsets.UTF_8);
      }
      String key = string(in, table);
      String hash = string(in, table);
      int sentences = count(in, bytes.length);
      List<Sentence> out = new ArrayList<>(sentences);
      for (int i = 0; i < sentences; i++) {
        String text = string(in, table);
        int begin = in.readInt();
        int end = in.readInt();
        int n = count(in, bytes.length);
        List<Token> tokens = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
          tokens.add(new Token(t + 1, string(in, table), string(in, table), string(in, table),
              in.readInt(), in.readInt()));
        }
        int m = count(in, bytes.length);
        List<Dependency> edges = new ArrayList<>(m);
        for (int d = 0; d < m; d++) {
          edges.add(new Dependency(string(in, table), in.readInt(), in.readInt()));
        }
        out.add(new Sentence(text, begin, end, tokens, edges));
      }
      if (in.available() > 0) {
        throw new IOException("trailing bytes after the last sentence");
      }
      return new AnnotationCache.Entry(key, hash, out);
    } catch (RuntimeException ex) {  // a token or edge out of range
      throw new IOException(ex.getMessage(), ex);
    }
  }

  /** A count or length, which cannot exceed the bytes that remain to hold it. */
  private static int count(DataInputStream in, int size) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > size) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  private static String string(DataInputStream in, String[] table) throws IOException {
    int i = in.readInt();
    if (i < 0 || i >= table.length) {
      throw new IOException("bad string reference " + i);
    }
    return table[i];
  }
}
