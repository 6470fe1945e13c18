/**
 * Threading by headers: JWZ (https://www.jwz.org/doc/threading.html) over Message-ID /
 * In-Reply-To / References (RFC 5322 §3.6.4) with notmuch 0.37's parent choices, subject
 * grouping for reply orphans only, and patch-series subjects ({@link
 * quorum.ingest.thread.SeriesParser}).
 *
 * <p>Words used here. <b>Ghost</b>: an id that is referenced but no message has; it joins the
 * threads that reference it and is then pruned, so its children become roots or hang on the
 * deepest ancestor that exists. <b>Named parent</b>: the one id a message's headers point at
 * (a lone In-Reply-To id, else the last References id). <b>Maybe root</b>: a message whose
 * named parent is not in its thread; it hangs on the deepest message it references, or stays a
 * root. <b>Junk id</b>: a reference without {@code @} that no message has ({@code <yes>}).
 * <b>Subject orphan</b>: a thread root with no usable reference and a {@code Re:} subject.
 */
@NullMarked
package quorum.ingest.thread;

import org.jspecify.annotations.NullMarked;
