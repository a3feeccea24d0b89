package se.budkavle.reach;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeAnalyserTests {

	private final ThemeAnalyser analyser = new ThemeAnalyser();

	@Test
	void inflectedFormsOfOneWordAreOneTheme() {
		assertThat(this.analyser.themes("Parkeringen är full. Fler parkeringar behövs vid parkeringens infart."))
			.hasEntrySatisfying(stem("parkeringar"), (form) -> assertThat(form).isEqualTo("parkeringen"));
		assertThat(stem("parkeringen")).isEqualTo(stem("parkeringar")).isEqualTo(stem("parkeringens"));
	}

	@Test
	void stopWordsAndShortWordsAreNotThemes() {
		assertThat(this.analyser.themes("Hej! Jag och du är på ett möte, tack.")).containsOnlyKeys(stem("möte"));
	}

	@Test
	void åÄÖSurviveLowerCasing() {
		assertThat(this.analyser.themes("ÖVERTID i Älvsjö").values()).contains("övertid", "älvsjö");
	}

	private String stem(String word) {
		return this.analyser.themes(word).keySet().iterator().next();
	}
}
