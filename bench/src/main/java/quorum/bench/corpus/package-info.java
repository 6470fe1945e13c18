/** Benchmark corpora: the deterministic synthetic list archive and the replicated ksummit archive. */
@NullMarked
package quorum.bench.corpus;

import org.jspecify.annotations.NullMarked;
