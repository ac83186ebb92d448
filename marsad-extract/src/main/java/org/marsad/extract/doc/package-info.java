/**
 * The document model: a {@link org.marsad.extract.doc.Doc} holds the original text, its tokens and
 * sentences, and the span annotations pipeline components ({@link org.marsad.extract.doc.Annotator}) add.
 */
package org.marsad.extract.doc;
