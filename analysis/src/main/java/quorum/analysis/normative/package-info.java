/** RFC 2119 / RFC 8174 keywords in proposed text, the debate about them, and modal strength. */
@NullMarked
package quorum.analysis.normative;

import org.jspecify.annotations.NullMarked;
