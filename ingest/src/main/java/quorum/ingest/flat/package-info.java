/** Recovery of line structure from web-archive copies whose newlines were flattened to spaces. */
@NullMarked
package quorum.ingest.flat;

import org.jspecify.annotations.NullMarked;
