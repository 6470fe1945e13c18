/** Lucene directory handling behind {@link quorum.index.QuorumIndex}: not API. */
@NullMarked
package quorum.index.internal;

import org.jspecify.annotations.NullMarked;
