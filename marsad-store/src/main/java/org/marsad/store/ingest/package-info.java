/** Drives files through the readers into the archive and keeps the run's tally. */
package org.marsad.store.ingest;
