/** Named entities within one article: tagging, linking mentions of one entity, canonical names and roles. */
package org.marsad.extract.link;
