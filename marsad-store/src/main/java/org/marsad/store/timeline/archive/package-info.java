/** Timelines over a marsad archive: mentions of a name or query per day. */
package org.marsad.store.timeline.archive;
