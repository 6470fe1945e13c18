/** The ceiling: a plain Mime4J parse and a plain Lucene index of the same mail, one thread, no segmentation. */
@NullMarked
package quorum.bench.ceiling;

import org.jspecify.annotations.NullMarked;
