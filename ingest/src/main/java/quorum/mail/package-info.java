/**
 * The mail model: immutable records shared by ingest, index, analysis and cli (JDK types only).
 *
 * <p>Glossary. <b>Message</b>: one mail, either read with headers or recovered from quotes.
 * <b>Attribution</b>: the line that names who wrote the quoted text below it ("On ..., X wrote:").
 * <b>Snip</b>: a marker where quoted text was cut ("[..]"). <b>Trailer</b>: a "Tag-by: name" line.
 * <b>Ghost</b>: a message that is referenced but never seen. <b>Discussion</b>: one thread.
 */
@NullMarked
package quorum.mail;

import org.jspecify.annotations.NullMarked;
