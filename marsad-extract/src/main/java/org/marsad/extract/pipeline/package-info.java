/** Runs every extractor over an article. */
package org.marsad.extract.pipeline;
