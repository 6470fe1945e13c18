/**
 * Follows questions across the versions of a proposal: a question asked on vN that vN+1's
 * changelog names, or whose quoted text vN+1 changed, is addressed there; one asked again is
 * carried over with its later fate; one never answered stays open, carried over.
 */
@NullMarked
package quorum.analysis.series;

import org.jspecify.annotations.NullMarked;
