package quorum.index.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quorum.ingest.IngestOptions;
import quorum.ingest.Ingester;
import quorum.mail.Discussion;
import quorum.mail.Message;
import quorum.testing.CorpusLocator;

class PatchIdTest {
  static final String TWO_FILES = String.join("\n",
      "diff --git a/rt/chan.c b/rt/chan.c",
      "index 3f1c2a0..9b8d7e1 100644",
      "--- a/rt/chan.c",
      "+++ b/rt/chan.c",
      "@@ -10,5 +10,5 @@ int chan_send(struct chan *c, void *v)",
      " {",
      " \tif (!c)",
      "-\t\treturn -1;",
      "+\t\treturn -EINVAL;",
      " \treturn send(c, v);",
      " }",
      "diff --git a/docs/errors.rst b/docs/errors.rst",
      "--- a/docs/errors.rst",
      "+++ b/docs/errors.rst",
      "@@ -1,2 +1,3 @@",
      " Errors",
      " ======",
      "+Functions MUST return a negative errno.",
      "");

  @Test
  void sameChangeAtOtherLineNumbersAndWithOtherWhitespaceHasTheSameId() {
    String moved = TWO_FILES.replace("@@ -10,5 +10,5 @@ int chan_send(struct chan *c, void *v)",
        "@@ -112,5 +115,5 @@ static int chan_send(struct chan *c, void *v)")
        .replace("index 3f1c2a0..9b8d7e1", "index 0000001..0000002")
        .replace("\t\treturn -EINVAL;", "        return  -EINVAL; ")
        .replace(" \tif (!c)", "    if (!c)");
    assertThat(PatchId.of(moved)).isEqualTo(PatchId.of(TWO_FILES)).isPresent();
  }

  @Test
  void fileOrderDoesNotMatter() {
    int second = TWO_FILES.indexOf("diff --git a/docs");
    String swapped = TWO_FILES.substring(second) + TWO_FILES.substring(0, second);
    assertThat(PatchId.of(swapped)).isEqualTo(PatchId.of(TWO_FILES));
  }

  @Test
  void commitMessageDiffstatAndNoNewlineMarkerDoNotCount() {
    String mail = "Say what callers get back.\n\nSigned-off-by: A <a@example.org>\n---\n"
        + " rt/chan.c | 2 +-\n 1 file changed\n\n" + TWO_FILES.replace(" }\n", " }\n"
        + "\\ No newline at end of file\n") + "-- \n2.39.0\n";
    assertThat(PatchId.of(mail)).isEqualTo(PatchId.of(TWO_FILES));
  }

  @Test
  void differentChangesHaveDifferentIds() {
    assertThat(PatchId.of(TWO_FILES.replace("-EINVAL", "-EBADF")))
        .isNotEqualTo(PatchId.of(TWO_FILES));
    assertThat(PatchId.of(TWO_FILES.replace("+Functions MUST", "+Functions SHOULD")))
        .isNotEqualTo(PatchId.of(TWO_FILES));
    // the same lines in another file are another change
    assertThat(PatchId.of(TWO_FILES.replace("docs/errors.rst", "docs/errno.rst")))
        .isNotEqualTo(PatchId.of(TWO_FILES));
  }

  @Test
  void textWithoutADiffHasNone() {
    assertThat(PatchId.of("")).isEmpty();
    assertThat(PatchId.of("Looks good to me.\n\n--- not a diff\n")).isEmpty();
  }

  @Test
  void aBareUnifiedDiffWithoutDiffLinesHasAnId() {
    String bare = TWO_FILES.replace("diff --git a/rt/chan.c b/rt/chan.c\n", "")
        .replace("index 3f1c2a0..9b8d7e1 100644\n", "")
        .replace("diff --git a/docs/errors.rst b/docs/errors.rst\n", "");
    Optional<String> id = PatchId.of(bare);
    assertThat(id).isPresent();
    int second = bare.indexOf("--- a/docs");
    assertThat(PatchId.of(bare.substring(second) + bare.substring(0, second))).isEqualTo(id);
  }

  /** The same bytes through {@code git patch-id --stable} give the same id. */
  @Test
  void agreesWithGitOnHandWrittenDiffs() throws Exception {
    assumeTrue(gitWorks(), "git is not installed");
    for (String diff : List.of(TWO_FILES, TWO_FILES.replace("@@ -1,2 +1,3 @@", "@@ -40,2 +41,3 @@"),
        newAndDeletedFiles())) {
      assertThat(PatchId.of(diff)).as(diff).contains(gitPatchId(diff));
    }
  }

  /** Real commits in a scratch repository: {@code git show} output, ids from git itself. */
  @Test
  void agreesWithGitOnCommitsOfARealRepository(@TempDir Path repo) throws Exception {
    assumeTrue(gitWorks(), "git is not installed");
    git(repo, "init", "-q");
    Files.writeString(repo.resolve("a.c"), "int a(void)\n{\n\treturn 0;\n}\n\n"
        + "int b(void)\n{\n\treturn 1;\n}\n");
    Files.writeString(repo.resolve("README"), "line one\nline two\n");
    git(repo, "add", ".");
    git(repo, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "one");
    Files.writeString(repo.resolve("a.c"), "/* header */\nint a(void)\n{\n\treturn -1;\n}\n\n"
        + "int b(void)\n{\n\treturn 2;\n}\n");
    Files.delete(repo.resolve("README"));
    Files.writeString(repo.resolve("NEW"), "fresh\n");
    git(repo, "add", "-A");
    git(repo, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "two");
    String patch = git(repo, "format-patch", "--stdout", "-1", "HEAD");
    assertThat(PatchId.of(patch)).contains(gitPatchId(patch));
  }

  /** Real mail: each patch of the corvid series, ingested, against git on the raw message. */
  @Test
  void agreesWithGitOnTheCorpusSeries() throws Exception {
    assumeTrue(gitWorks(), "git is not installed");
    int checked = 0;
    for (String v : List.of("v1", "v2", "v3")) {
      Path mbox = CorpusLocator.corpus("series/corvid-errno-policy-" + v + ".mbox");
      List<String> raw = rawMessages(mbox);
      for (Discussion d : new Ingester(IngestOptions.LENIENT).ingest(List.of(mbox)).discussions()) {
        for (Message m : d.messages()) {
          IndexDoc doc = MessageMapper.map(m, Optional.empty(), 1L, "");
          if (doc.get(Fields.PATCH_ID).isEmpty()) {
            continue;
          }
          String message = raw.stream().filter(r -> r.contains(m.key().value())).findFirst()
              .orElseThrow();
          assertThat(doc.first(Fields.PATCH_ID)).as(m.key().value())
              .isEqualTo(gitPatchId(message));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(6);
  }

  private static String newAndDeletedFiles() {
    return String.join("\n",
        "diff --git a/NEW b/NEW",
        "new file mode 100644",
        "index 0000000..e2a3b4c",
        "--- /dev/null",
        "+++ b/NEW",
        "@@ -0,0 +1 @@",
        "+fresh",
        "diff --git a/OLD b/OLD",
        "deleted file mode 100644",
        "index 5d1e2f3..0000000",
        "--- a/OLD",
        "+++ /dev/null",
        "@@ -1,2 +0,0 @@",
        "-line one",
        "-line two",
        "");
  }

  private static List<String> rawMessages(Path mbox) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    for (String line : Files.readAllLines(mbox, StandardCharsets.UTF_8)) {
      if (line.startsWith("From ")) {
        if (cur != null) {
          out.add(cur.toString());
        }
        cur = new StringBuilder();
        continue; // git patch-id would read a "From <sha>" line as a commit id
      }
      if (cur != null) {
        cur.append(line).append('\n');
      }
    }
    if (cur != null) {
      out.add(cur.toString());
    }
    return out;
  }

  private static boolean gitWorks() {
    try {
      Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String gitPatchId(String input) throws Exception {
    Process p = new ProcessBuilder("git", "patch-id", "--stable").start();
    p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(out).as("git patch-id output").isNotBlank();
    return out.strip().split("\\s+")[0];
  }

  private static String git(Path repo, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("git %s: %s", String.join(" ", args), out).isZero();
    return out;
  }
}
