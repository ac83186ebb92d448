/** Quotations, direct and reported, and who said them. */
package org.marsad.extract.quote;
