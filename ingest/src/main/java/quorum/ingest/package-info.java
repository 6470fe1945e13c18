/** Reading mail into the model: format detection, the ingest pipeline and its results. */
@NullMarked
package quorum.ingest;

import org.jspecify.annotations.NullMarked;
