/** One news article as the archive holds it, and the keys that identify it. */
package org.marsad.store.article;
