/** Dates, absolute and relative, resolved against the article's date. */
package org.marsad.extract.date;
