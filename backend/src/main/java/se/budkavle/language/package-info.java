/**
 * Plain-language help for writers (språklagen 11 §): readability as LIX, long sentences and bureaucratic words.
 */
package se.budkavle.language;
