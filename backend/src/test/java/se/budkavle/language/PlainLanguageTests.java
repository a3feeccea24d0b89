package se.budkavle.language;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import se.budkavle.language.Readability.FlaggedWord;
import se.budkavle.language.Readability.LongSentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * LIX and its parts on texts counted by hand (long words are those with more than six letters).
 */
class PlainLanguageTests {

	private final PlainLanguage plainLanguage = new PlainLanguage(new LanguageProperties(20_000, 25, 6,
			new ClassPathResource("language/bureaucratic-words-sv.txt"),
			new ClassPathResource("language/bureaucratic-words-en.txt")));

	@Test
	void lixIsWordsPerSentencePlusThePercentageOfLongWords() {
		// Jag har läst nyheten. | Den var bra.  → 7 words, 2 sentences, 1 long (nyheten: 7 letters)
		// 7/2 + 100·1/7 = 3.5 + 14.29 = 17.79
		Readability readability = sv("Jag har läst nyheten. Den var bra.");

		assertThat(readability.words()).isEqualTo(7);
		assertThat(readability.sentences()).isEqualTo(2);
		assertThat(readability.longWords()).isEqualTo(1);
		assertThat(readability.lix()).isEqualTo(17.8);
		assertThat(readability.level()).isEqualTo(ReadabilityLevel.VERY_EASY);
	}

	@Test
	void wordsOfExactlySixLettersAreNotLong() {
		// Kommunikationsansvaret åvilar verksamhetsansvariga chefer. → 4 words, 1 sentence, 2 long
		// (åvilar and chefer have six letters); 4/1 + 100·2/4 = 54
		Readability readability = sv("Kommunikationsansvaret åvilar verksamhetsansvariga chefer.");

		assertThat(readability.longWords()).isEqualTo(2);
		assertThat(readability.lix()).isEqualTo(54.0);
		assertThat(readability.level()).isEqualTo(ReadabilityLevel.HARD);
	}

	@Test
	void abbreviationsDoNotEndSentences() {
		// Ta med t.ex. vantar, mössor m.m. till utflykten. → 8 words, 1 long (utflykten)
		// Vi ses kl. 10.30 vid entrén, dvs. vid huvudingången. → 9 words, 1 long (huvudingången)
		// 17/2 + 100·2/17 = 8.5 + 11.76 = 20.26
		Readability readability = sv(
				"Ta med t.ex. vantar, mössor m.m. till utflykten. Vi ses kl. 10.30 vid entrén, dvs. vid huvudingången.");

		assertThat(readability.sentences()).isEqualTo(2);
		assertThat(readability.words()).isEqualTo(17);
		assertThat(readability.longWords()).isEqualTo(2);
		assertThat(readability.lix()).isEqualTo(20.3);
	}

	@Test
	void anAbbreviationThatCanEndASentenceEndsOneBeforeACapital() {
		// Vi köper frukt, bröd m.m. | Sedan äter vi bl.a. Bullar.  → 2 sentences, not 3: bl.a. never ends one
		Readability readability = sv("Vi köper frukt, bröd m.m. Sedan äter vi bl.a. Bullar.");

		assertThat(readability.sentences()).isEqualTo(2);
		assertThat(readability.words()).isEqualTo(10);
		assertThat(readability.lix()).isEqualTo(5.0);
	}

	@Test
	void questionExclamationAndColonEndSentences() {
		// Kommer du? | Ja! | Ta med: | mat och dryck.  → 4 sentences of 2, 1, 2 and 3 words
		Readability readability = sv("Kommer du? Ja! Ta med: mat och dryck.");

		assertThat(readability.sentences()).isEqualTo(4);
		assertThat(readability.words()).isEqualTo(8);
		assertThat(readability.lix()).isEqualTo(2.0);
	}

	@Test
	void markdownMarkupCodeAndLinkTargetsAreNotCountedAndEachBlockEndsASentence() {
		// Rubrik | Det här är viktigt för alla medarbetare. | punkt ett | punkt två  → 12 words, 4 sentences,
		// 2 long (viktigt, medarbetare); the code block and the URL are not read. 12/4 + 100·2/12 = 3 + 16.67
		Readability readability = sv("""
				# Rubrik

				Det här är **viktigt** för [alla](https://intranat.example.se/en-mycket-lang-adress) _medarbetare_.

				- punkt ett
				- punkt två

				```
				kod som inte räknas alls, inte ens långa ord som konfigurationsfil.
				```

				<div>Ingen html heller</div>
				""");

		assertThat(readability.words()).isEqualTo(12);
		assertThat(readability.sentences()).isEqualTo(4);
		assertThat(readability.longWords()).isEqualTo(2);
		assertThat(readability.lix()).isEqualTo(19.7);
	}

	@Test
	void numbersAreWordsWithoutLettersAndDigitGroupsMakeOneNumber() {
		// Budgeten är 10 000 kronor för 2026. → 6 words (10 000 is one), 1 long (Budgeten); 6 + 16.67
		Readability readability = sv("Budgeten är 10 000 kronor för 2026.");

		assertThat(readability.words()).isEqualTo(6);
		assertThat(readability.longWords()).isEqualTo(1);
		assertThat(readability.lix()).isEqualTo(22.7);
	}

	@Test
	void anEmptyTextHasZeroesEverywhere() {
		for (String empty : List.of("", "   \n\n  ", "```\nbara kod\n```", "— – …")) {
			Readability readability = sv(empty);
			assertThat(readability.words()).as(empty).isZero();
			assertThat(readability.sentences()).as(empty).isZero();
			assertThat(readability.longWords()).as(empty).isZero();
			assertThat(readability.lix()).as(empty).isZero();
			assertThat(readability.level()).isEqualTo(ReadabilityLevel.VERY_EASY);
			assertThat(readability.longSentences()).isEmpty();
			assertThat(readability.flaggedWords()).isEmpty();
		}
	}

	@Test
	void sentencesOfMoreThanTwentyFiveWordsAreListed() {
		String twentyFive = "ord ".repeat(24) + "slut.";
		String twentySix = "Här " + "ord ".repeat(24) + "slut.";

		Readability readability = sv(twentyFive + " " + twentySix);

		assertThat(readability.longSentences()).containsExactly(new LongSentence(twentySix, 26));
	}

	@Test
	void bureaucraticWordsAreFoundInAnyFormWithASuggestionInTheSameForm() {
		Readability readability = sv("""
				Du erhåller svar när ansökan har inkommit. Vi erhöll densamma i enlighet
				med reglerna. Inkomsten föreligger. ERHÅLLA, erhålla.
				""");

		assertThat(readability.flaggedWords()).containsExactly(
				new FlaggedWord("erhålla", 2, "få", List.of("ERHÅLLA", "erhålla")),
				new FlaggedWord("erhåller", 1, "får", List.of("erhåller")),
				new FlaggedWord("inkommit", 1, "skickat in, lämnat in, kommit in", List.of("inkommit")),
				new FlaggedWord("erhöll", 1, "fick", List.of("erhöll")),
				new FlaggedWord("densamma", 1, "den, det, de", List.of("densamma")),
				new FlaggedWord("i enlighet med", 1, "enligt", List.of("i enlighet med")),
				new FlaggedWord("föreligger", 1, "finns, gäller", List.of("föreligger")));
	}

	@Test
	void aWordIsFlaggedOnceByTheFirstLineThatMatchesItSoInflectedLinesGoFirst() {
		WordList list = WordList.parse("erhöll = fick\nerhålla (erhåll*, erhöll) = få\n", "test");

		assertThat(list.find(List.of("Vi erhöll och erhöll, och erhåller."))).containsExactly(
				new FlaggedWord("erhöll", 2, "fick", List.of("erhöll")),
				new FlaggedWord("erhålla", 1, "få", List.of("erhåller")));
	}

	@Test
	void englishTextsGetLixAndTheEnglishList() {
		// We will commence the work prior to May. → 8 words, 1 sentence, 1 long (commence); 8 + 12.5
		Readability readability = this.plainLanguage.assess("We will commence the work prior to May.", TextLanguage.EN);

		assertThat(readability.lix()).isEqualTo(20.5);
		assertThat(readability.flaggedWords()).extracting(FlaggedWord::word).containsExactly("commence", "prior to");
		assertThat(this.plainLanguage.assess("Vi erhöll svar.", TextLanguage.EN).flaggedWords()).isEmpty();
	}

	@Test
	void theDefaultSwedishListIsSubstantial() {
		assertThat(WordList.load(new ClassPathResource("language/bureaucratic-words-sv.txt")).size())
			.isGreaterThanOrEqualTo(40);
	}

	@Test
	void levelsFollowTheBandsOfTheProductBrief() {
		assertThat(ReadabilityLevel.of(29.9)).isEqualTo(ReadabilityLevel.VERY_EASY);
		assertThat(ReadabilityLevel.of(30)).isEqualTo(ReadabilityLevel.EASY);
		assertThat(ReadabilityLevel.of(39.9)).isEqualTo(ReadabilityLevel.EASY);
		assertThat(ReadabilityLevel.of(40)).isEqualTo(ReadabilityLevel.MEDIUM);
		assertThat(ReadabilityLevel.of(50)).isEqualTo(ReadabilityLevel.HARD);
		assertThat(ReadabilityLevel.of(60)).isEqualTo(ReadabilityLevel.HARD);
		assertThat(ReadabilityLevel.of(60.1)).isEqualTo(ReadabilityLevel.VERY_HARD);
	}

	@Test
	void aMalformedWordListLineIsRejectedWithItsLineNumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WordList.parse("# kommentar\nerhålla = få\nbara ett ord\n", "test"))
			.withMessageContaining("line 3");
	}

	private Readability sv(String text) {
		return this.plainLanguage.assess(text, TextLanguage.SV);
	}
}
