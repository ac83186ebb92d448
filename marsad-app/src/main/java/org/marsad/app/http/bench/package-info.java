/** The HTTP API benchmark: queries drawn from the archive, a server in a child JVM, concurrent clients. */
package org.marsad.app.http.bench;
