/**
 * The benchmark harness behind {@code bench/run}: {@link quorum.bench.Bench} dispatches to the
 * corpus generator, the ksummit replicator, the plain parse+index ceiling, the analysis
 * comparison and the results table. Timing of whole processes (quorum, notmuch, mu) is done by
 * the script; what needs one JVM is here.
 */
@NullMarked
package quorum.bench;

import org.jspecify.annotations.NullMarked;
