/** Timelines: mention counts by day with first and last dates, per entity or per story. */
package org.marsad.store.timeline;
