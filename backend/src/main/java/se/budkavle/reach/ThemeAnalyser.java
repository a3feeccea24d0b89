package se.budkavle.reach;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Finds the words a text is about, Swedish first: Lucene's standard tokenizer, lower case, Swedish (and English)
 * stop words dropped, and each word reduced to its Snowball Swedish stem so that "schemat", "scheman" and "schema"
 * count as one theme.
 */
final class ThemeAnalyser {

	private static final int SHORTEST = 3;

	private static final CharArraySet STOP_WORDS;

	static {
		CharArraySet words = new CharArraySet(SwedishAnalyzer.getDefaultStopSet(), true);
		words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		// Words every comment and question is full of without being about them.
		words.addAll(Set.of("hej", "tack", "bara", "också", "kanske", "finns", "får", "kan", "ska", "vill", "måste",
				"blir", "fråga", "frågor", "undrar", "gäller", "ju", "nog", "väl", "göra", "gör", "även", "dock", "mer",
				"många", "alla", "helt", "just", "nu", "här", "där", "ännu", "redan", "igen"));
		STOP_WORDS = CharArraySet.unmodifiableSet(words);
	}

	private final Analyzer analyzer = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(tokenizer);
			stream = new StopFilter(stream, STOP_WORDS);
			return new TokenStreamComponents(tokenizer, stream);
		}
	};

	/**
	 * The themes of one text: each stem once, with the word form it appeared in.
	 * @param text the text
	 * @return stem → the first word form seen
	 */
	Map<String, String> themes(String text) {
		Map<String, String> themes = new HashMap<>();
		SwedishStemmer stemmer = new SwedishStemmer();
		try (TokenStream stream = this.analyzer.tokenStream("text", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String word = term.toString();
				if (word.length() >= SHORTEST && word.chars().anyMatch(Character::isLetter)) {
					stemmer.setCurrent(word);
					stemmer.stem();
					themes.putIfAbsent(stemmer.getCurrent(), word);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return themes;
	}
}
