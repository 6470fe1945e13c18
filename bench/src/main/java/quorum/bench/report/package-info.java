/** The results table: raw measurements in, one Markdown table with ratios out. */
@NullMarked
package quorum.bench.report;

import org.jspecify.annotations.NullMarked;
