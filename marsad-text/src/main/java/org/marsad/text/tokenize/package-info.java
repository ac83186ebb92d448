/**
 * Tokenization of Arabic news text. Tokens are spans of the original string: offsets never move,
 * whatever normalization later does to the token's text.
 */
package org.marsad.text.tokenize;
