/**
 * Story clusters: articles about one event, across sources, grouped online as they arrive
 * ({@link org.marsad.store.story.StoryClusterer}), each with a label, sources, first and last
 * article and size.
 */
package org.marsad.store.story;
