/**
 * Reads a thread the way a careful maintainer does: questions and whether they were answered,
 * issues and who stands where, decisions, and RFC 2119 keywords. Entry point: {@link
 * quorum.analysis.Analyzer#analyze}; output: {@link quorum.analysis.ThreadAnalysis}.
 */
@NullMarked
package quorum.analysis;

import org.jspecify.annotations.NullMarked;
