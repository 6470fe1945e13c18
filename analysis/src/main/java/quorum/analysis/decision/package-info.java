/** What a thread settled: agreed, rejected, applied, or left open and proposed. */
@NullMarked
package quorum.analysis.decision;

import org.jspecify.annotations.NullMarked;
