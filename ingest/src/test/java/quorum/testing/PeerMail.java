package quorum.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import quorum.ingest.IngestException;
import quorum.ingest.IngestOptions;
import quorum.ingest.mbox.MailReader;
import quorum.mail.Message;

/**
 * The ksummit peer archive (../shared/peer-corpora/ksummit, six yearly mboxrd files) read once
 * per JVM and shared by the tests that need it; skipped like any ../shared test when absent.
 */
public final class PeerMail {
  private static List<Message> ksummit;
  private static List<String> ksummitFiles;

  private PeerMail() {}

  /** All 3115 messages in file order (2021 first), as read by {@link MailReader}. */
  public static synchronized List<Message> ksummit() throws IngestException {
    if (ksummit == null) {
      List<Message> all = new ArrayList<>();
      List<String> names = new ArrayList<>();
      MailReader reader = new MailReader(IngestOptions.LENIENT);
      for (int year = 2021; year <= 2026; year++) {
        CollectingVisitor c = new CollectingVisitor();
        reader.read(CorpusLocator.sharedOrSkip("peer-corpora/ksummit/ksummit-" + year + ".mbox"), c);
        if (!c.rejected.isEmpty() || !c.diagnostics.isEmpty()) {
          throw new AssertionError("ksummit-" + year + ".mbox: " + c.printed());
        }
        for (int i = 0; i < c.messages.size(); i++) {
          names.add(String.format(Locale.ROOT, "%d-%04d", year, i + 1));
        }
        all.addAll(c.messages);
      }
      ksummit = Collections.unmodifiableList(all);
      ksummitFiles = Collections.unmodifiableList(names);
    }
    return ksummit;
  }

  /**
   * The notmuch oracle's name for each message of {@link #ksummit()}, same order:
   * {@code YYYY-NNNN} is the NNNN-th message (1-based) of {@code ksummit-YYYY.mbox}.
   */
  public static synchronized List<String> ksummitFileNames() throws IngestException {
    ksummit();
    return ksummitFiles;
  }
}
