/**
 * Thread reports: one summary per thread (series, participants, timeline, reply tree, trailers,
 * and the analysis findings when there are any), rendered as Markdown, HTML or JSON.
 */
@NullMarked
package quorum.cli.report;

import org.jspecify.annotations.NullMarked;
