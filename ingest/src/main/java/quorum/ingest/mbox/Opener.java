package quorum.ingest.mbox;

import java.io.IOException;
import java.io.InputStream;

/** Opens a fresh stream over the same input (a reader may need two passes). */
@FunctionalInterface
interface Opener {
  InputStream open() throws IOException;
}
