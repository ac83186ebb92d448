/** Claimed figures: numbers with unit, scale, qualifier, claimant and subject. */
package org.marsad.extract.claim;
