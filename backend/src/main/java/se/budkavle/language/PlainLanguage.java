package se.budkavle.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import se.budkavle.language.Readability.LongSentence;
import se.budkavle.language.Sentences.Sentence;

/**
 * Assesses how readable a text is, so writers get plain-language advice while they write (advice only: nothing here
 * stops a text from being published).
 */
@Service
@EnableConfigurationProperties(LanguageProperties.class)
public class PlainLanguage {

	private final LanguageProperties properties;

	private final Map<TextLanguage, WordList> wordLists = new EnumMap<>(TextLanguage.class);

	PlainLanguage(LanguageProperties properties) {
		this.properties = properties;
		this.wordLists.put(TextLanguage.SV, WordList.load(properties.swedishWords()));
		this.wordLists.put(TextLanguage.EN, WordList.load(properties.englishWords()));
	}

	/**
	 * The readability of a text.
	 * @param markdown the text, plain or Markdown (markup, code and HTML are not counted)
	 * @param language the language it is written in, which picks the list of bureaucratic words
	 * @return LIX, its level, the counts behind it, long sentences and bureaucratic words
	 */
	public Readability assess(String markdown, TextLanguage language) {
		List<String> blocks = MarkdownText.blocks(markdown);
		List<Sentence> sentences = blocks.stream().flatMap((block) -> Sentences.of(block).stream()).toList();
		int words = 0;
		int longWords = 0;
		List<LongSentence> longSentences = new ArrayList<>();
		for (Sentence sentence : sentences) {
			words += sentence.words().size();
			longWords += (int) sentence.words().stream().filter(this::isLong).count();
			if (sentence.words().size() > this.properties.longSentenceWords()) {
				longSentences.add(new LongSentence(sentence.text(), sentence.words().size()));
			}
		}
		double lix = lix(words, sentences.size(), longWords);
		return new Readability(lix, ReadabilityLevel.of(lix), words, sentences.size(), longWords,
				List.copyOf(longSentences), this.wordLists.get(language).find(blocks));
	}

	/** LIX = words / sentences + 100 × long words / words, rounded to one decimal; 0 for a text without words. */
	static double lix(int words, int sentences, int longWords) {
		if (words == 0 || sentences == 0) {
			return 0;
		}
		double value = (double) words / sentences + 100.0 * longWords / words;
		return Math.round(value * 10) / 10.0;
	}

	private boolean isLong(String word) {
		return word.codePoints().filter(Character::isLetter).count() > this.properties.longWordLetters();
	}
}
