package quorum.cli.report;

/**
 * Element ids of one thread in an HTML report: made only from the thread's number, a message
 * label and a line number, never from text in the mail, so they are always valid and unique.
 */
record Anchors(int number) {
  String thread() {
    return "t" + number;
  }

  String section(String name) {
    return thread() + "-" + name;
  }

  String message(String label) {
    return thread() + "-" + label;
  }

  String segment(String label, int line) {
    return message(label) + "-L" + line;
  }
}
