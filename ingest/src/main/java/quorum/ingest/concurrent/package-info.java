/** Small helpers for work handed between threads (waiting for it, rethrowing its failure). */
package quorum.ingest.concurrent;
