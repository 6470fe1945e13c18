/** JWZ threading over Message-ID / In-Reply-To / References, subject grouping for orphans, patch-series subjects. */
@NullMarked
package quorum.ingest.thread;

import org.jspecify.annotations.NullMarked;
