package quorum.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one place JSON is written: field order as built, two-space indent, {@code \n} line ends,
 * so output is byte-stable for goldens and diffs. Every document carries {@code "schema"}.
 */
public final class JsonOutput {
  static final String SCHEMA = "quorum/1";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    WRITER = MAPPER.writer(printer);
  }

  private JsonOutput() {}

  /** A new document whose first field is the schema tag. */
  public static ObjectNode document() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    return root;
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static String write(ObjectNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree built in memory failed to serialize", e);
    }
  }
}
