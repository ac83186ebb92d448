/** Baselines that evaluations compare marsad with, run in the same process on the same input. */
package org.marsad.app.eval;
