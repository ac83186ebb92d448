/** The archive on an OpenSearch cluster, behind the same {@code ArchiveStore} interface as the embedded Lucene store. */
package org.marsad.opensearch;
