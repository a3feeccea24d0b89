package se.budkavle.language.web;

import se.budkavle.platform.Input;

/**
 * What the editor sends to have a text checked.
 *
 * @param text the text, plain or Markdown
 * @param language {@code sv} or {@code en}; Swedish when left out
 */
record ReadabilityRequest(String text, String language) {

	ReadabilityRequest {
		Input.text("text", text);
		Input.line("language", language);
	}
}
