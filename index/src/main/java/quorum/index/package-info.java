/**
 * The quorum index: add discussions to a Lucene index on disk, search it with the lore query
 * language, and list threads. {@link quorum.index.QuorumIndex} is the entry point.
 */
@NullMarked
package quorum.index;

import org.jspecify.annotations.NullMarked;
