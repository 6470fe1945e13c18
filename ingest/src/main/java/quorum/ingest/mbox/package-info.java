/** Readers for mbox, maildir, .eml and folders of them; MIME decoding with Mime4J. */
@NullMarked
package quorum.ingest.mbox;

import org.jspecify.annotations.NullMarked;
