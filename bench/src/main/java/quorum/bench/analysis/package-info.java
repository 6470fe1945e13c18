/** Analysis throughput: quorum's analyzer against a plain CoreNLP pipeline on the same own text. */
@NullMarked
package quorum.bench.analysis;

import org.jspecify.annotations.NullMarked;
