/** The extractors' annotations of an article as the archive indexes and stores them. */
package org.marsad.store.annotate;
