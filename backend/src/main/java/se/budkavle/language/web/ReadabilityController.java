package se.budkavle.language.web;


import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.language.LanguageProperties;
import se.budkavle.language.PlainLanguage;
import se.budkavle.language.Readability;
import se.budkavle.language.TextLanguage;

/**
 * The readability check for anyone signed in; the editor calls it as the writer types.
 */
@RestController
class ReadabilityController {

	private final PlainLanguage plainLanguage;

	private final LanguageProperties properties;

	ReadabilityController(PlainLanguage plainLanguage, LanguageProperties properties) {
		this.plainLanguage = plainLanguage;
		this.properties = properties;
	}

	@Operation(operationId = "checkReadability", summary = "Check a text's readability",
			description = "For any signed-in person; the editor calls it as the writer types. Assesses how plain the Swedish "
					+ "or English text is, with hints. Changes nothing.")
	@PostMapping("/api/v1/language/readability")
	Mono<Readability> readability(@RequestBody ReadabilityRequest request) {
		return Mono.fromCallable(() -> this.plainLanguage.assess(text(request), language(request)));
	}

	private String text(ReadabilityRequest request) {
		String text = request.text();
		if (text == null) {
			throw new InvalidText("text", "text is required (it may be empty)");
		}
		int limit = this.properties.maxTextLength();
		if (text.codePointCount(0, text.length()) > limit) {
			throw new InvalidText("text", "text may be at most " + limit + " characters long");
		}
		return text;
	}

	private TextLanguage language(ReadabilityRequest request) {
		if (request.language() == null) {
			return TextLanguage.SV;
		}
		return TextLanguage.of(request.language())
			.orElseThrow(() -> new InvalidText("language", "language must be sv or en"));
	}
}
