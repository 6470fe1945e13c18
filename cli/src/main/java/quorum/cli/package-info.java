/** The quorum command line: one Picocli class per subcommand; the composition root. */
@NullMarked
package quorum.cli;

import org.jspecify.annotations.NullMarked;
