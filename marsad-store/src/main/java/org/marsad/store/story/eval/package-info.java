/** Evaluation of story clustering ({@code marsad eval stories}): B-cubed against hand-labeled stories. */
package org.marsad.store.story.eval;
