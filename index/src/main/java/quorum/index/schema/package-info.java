/**
 * The index schema in one place: field names, field kinds, analyzers and the mapping from a
 * {@code quorum.mail.Message} to backend-neutral field values. Independent of where the index
 * lives, so another backend (SolrCloud) can serve the same schema.
 */
@NullMarked
package quorum.index.schema;

import org.jspecify.annotations.NullMarked;
