package se.budkavle.language;

import java.util.List;

/**
 * How readable a text is: its LIX value and level, the counts behind them, the sentences that run long and the
 * bureaucratic words it uses, with plainer words to use instead.
 *
 * @param lix words per sentence plus the percentage of long words, rounded to one decimal (0 for no words)
 * @param level the LIX band
 * @param words the number of words
 * @param sentences the number of sentences
 * @param longWords the number of words longer than six letters
 * @param longSentences the sentences longer than the limit, in text order
 * @param flaggedWords the bureaucratic words found, most frequent first
 */
public record Readability(double lix, ReadabilityLevel level, int words, int sentences, int longWords,
		List<LongSentence> longSentences, List<FlaggedWord> flaggedWords) {

	/**
	 * A sentence that runs over the limit.
	 *
	 * @param text the sentence as plain text (Markdown removed)
	 * @param words its number of words
	 */
	public record LongSentence(String text, int words) {
	}

	/**
	 * A word or phrase from the list of bureaucratic words.
	 *
	 * @param word the listed word, in its base form
	 * @param count how often it occurs, in any form
	 * @param suggestion plainer words to use instead
	 * @param found the forms that occur, as written
	 */
	public record FlaggedWord(String word, int count, String suggestion, List<String> found) {
	}
}
