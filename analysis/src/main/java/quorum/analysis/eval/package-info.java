/** Scores an analysis against a quorum-gold/1 file: precision, recall, F1 and accuracies. */
@NullMarked
package quorum.analysis.eval;

import org.jspecify.annotations.NullMarked;
