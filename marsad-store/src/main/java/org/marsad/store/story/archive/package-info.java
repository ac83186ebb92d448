/** Reading the articles of a marsad archive for story clustering. */
package org.marsad.store.story.archive;
