/** Implementation details of the analysis module: the annotated thread view and the lexicons. */
@NullMarked
package quorum.analysis.internal;

import org.jspecify.annotations.NullMarked;
