/** Small helpers shared inside ingest; not API. */
@NullMarked
package quorum.ingest.internal;

import org.jspecify.annotations.NullMarked;
