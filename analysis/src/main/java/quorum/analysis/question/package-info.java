/** Finds questions, how they are put, the replies to them and whether they were settled. */
@NullMarked
package quorum.analysis.question;

import org.jspecify.annotations.NullMarked;
