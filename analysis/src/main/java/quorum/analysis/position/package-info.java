/**
 * Issues of a thread and where each participant stands on them (support, oppose, ...); the
 * topics the issues stand for come from {@link quorum.analysis.topic}.
 */
@NullMarked
package quorum.analysis.position;

import org.jspecify.annotations.NullMarked;
