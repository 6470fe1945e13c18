/**
 * Language annotation behind a small interface: sentences with tokens, tags, lemmas and
 * dependency edges; the Stanford CoreNLP implementation and its per-message cache.
 */
@NullMarked
package quorum.analysis.nlp;

import org.jspecify.annotations.NullMarked;
