/** MIME decoding with Apache James Mime4J: headers, body text, charsets, HTML, attachments. */
@NullMarked
package quorum.ingest.mime;

import org.jspecify.annotations.NullMarked;
