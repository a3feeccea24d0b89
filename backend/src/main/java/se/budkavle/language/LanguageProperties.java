package se.budkavle.language;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the plain-language module.
 *
 * @param maxTextLength the longest text (in characters) the readability check accepts
 * @param longSentenceWords sentences with more words than this are listed as long
 * @param longWordLetters words with more letters than this count as long in LIX
 * @param swedishWords the list of Swedish bureaucratic words ({@code word (forms) = suggestion} per line)
 * @param englishWords the list of English bureaucratic words, same format
 */
@ConfigurationProperties("budkavle.language")
public record LanguageProperties(@DefaultValue("20000") int maxTextLength, @DefaultValue("25") int longSentenceWords,
		@DefaultValue("6") int longWordLetters,
		@DefaultValue("classpath:language/bureaucratic-words-sv.txt") Resource swedishWords,
		@DefaultValue("classpath:language/bureaucratic-words-en.txt") Resource englishWords) {
}
