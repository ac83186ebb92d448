/** Sentence splitting over tokens, with offsets into the original text. */
package org.marsad.text.sentence;
