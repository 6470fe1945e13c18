/** How contested a thread is: Nacks, opposing stances, concerns, unanswered challenges. */
@NullMarked
package quorum.analysis.temperature;

import org.jspecify.annotations.NullMarked;
