/**
 * The lore-style query language: a linear parser to a small syntax tree and its translation
 * to Lucene queries over the {@link quorum.index.schema.Fields} of the schema.
 */
@NullMarked
package quorum.index.query;

import org.jspecify.annotations.NullMarked;
