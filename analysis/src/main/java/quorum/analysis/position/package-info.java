/** Issues of a thread and where each participant stands on them (support, oppose, ...). */
@NullMarked
package quorum.analysis.position;

import org.jspecify.annotations.NullMarked;
