/** Body segmentation (quotes, attributions, snips, signatures, trailers, patches) and the reply tree the quotes encode. */
@NullMarked
package quorum.ingest.quote;

import org.jspecify.annotations.NullMarked;
