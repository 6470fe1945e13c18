/**
 * The topics of a thread: the points raised in it (the proposal, questions, suggestions and
 * concerns in own text), merged when they are about the same thing, so that positions and
 * decisions hang on one issue per topic a maintainer would list.
 */
@NullMarked
package quorum.analysis.topic;

import org.jspecify.annotations.NullMarked;
