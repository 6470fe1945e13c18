/**
 * Issues of a thread and where each participant stands on them (support, oppose, ...); the
 * topics the issues stand for come from {@link quorum.analysis.topic}. Stances are read by
 * hand-written rules ({@link quorum.analysis.position.StanceReader} and its helpers) and, where
 * they read nothing, by a learned reader ({@link quorum.analysis.position.StanceModel}) trained
 * from the development gold labels.
 */
@NullMarked
package quorum.analysis.position;

import org.jspecify.annotations.NullMarked;
