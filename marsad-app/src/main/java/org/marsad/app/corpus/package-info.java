/** Access to the public corpora under ../shared/data for training, evaluation and benchmarks. */
package org.marsad.app.corpus;
