package org.marsad.extract.doc;

/** A pipeline component: reads a {@link Doc} and the annotations earlier components added, and adds its own. */
public interface Annotator {
    void annotate(Doc doc);
}
