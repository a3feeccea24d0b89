package se.budkavle.news;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview before publishing ({@code POST /api/v1/posts/preview}): the HTML the post would have, rendered and
 * sanitised by the same code as a published post.
 */
class PreviewTests extends NewsApiSupport {

	@Autowired
	Attachments attachments;

	private static final String PREVIEW = "/api/v1/posts/preview";

	@Test
	void thePreviewIsTheHtmlThePublishedPostHas() {
		String markdown = "## Nycklar\n\nHämta **din** nyckel:\n\n- i receptionen\n- före *måndag*\n\n"
				+ "[Rutinen](https://stad.se/rutin)";
		String preview = preview("enhet-manager", markdown);
		assertThat(preview).contains("<h2>Nycklar</h2>", "<strong>din</strong>", "<li>i receptionen</li>",
				"<a href=\"https://stad.se/rutin\" rel=\"nofollow noopener noreferrer\">Rutinen</a>");
		var body = body("Nycklar", ENHET);
		body.put("body", markdown);
		UUID post = publish("enhet-manager", body);
		get("employee", "/api/v1/posts/" + post).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.html").isEqualTo(preview);
	}

	@ParameterizedTest
	@FieldSource("se.budkavle.news.MarkdownTests#XSS")
	void thePreviewIsSanitisedSoNoScriptHandlerOrDangerousUrlComesBack(String payload) {
		String html = preview("enhet-manager", "Före\n\n" + payload + "\n\nEfter " + payload).toLowerCase();
		assertThat(html).doesNotContain("<script", "<iframe", "<object", "<embed", "<style", "<form", "<svg",
				"style=", "javascript:", "vbscript:", "data:");
		assertThat(html).doesNotContainPattern("\\son[a-z]+\\s*=");
		assertThat(html).contains("<p>före</p>");
	}

	@Test
	void anImageTheWriterUploadedShowsSignedInTheirPreviewButSomeoneElsesAttachmentStaysUnsigned() throws Exception {
		var png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
		UUID uploader = this.organisation.person("enhet-manager");
		UUID image = this.attachments.store(uploader, png.toByteArray()).block();
		String markdown = "![Karta](/api/v1/attachments/" + image + ")";

		assertThat(preview("enhet-manager", markdown)).contains("src=\"/api/v1/attachments/" + image + "?sig=");
		assertThat(preview("employee", markdown)).contains("src=\"/api/v1/attachments/" + image + "\"")
			.doesNotContain("sig=");
	}

	@Test
	void anEmployeeMayPreviewTooButNotWithoutSigningIn() {
		assertThat(preview("employee", "")).isEmpty();
		this.client.post().uri(PREVIEW).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("body", "x"))
			.exchange().expectStatus().isUnauthorized();
	}

	@Test
	void tooLongMissingOrControlCharacterTextIsRefusedNamingTheField() {
		for (Map<String, Object> body : java.util.List.<Map<String, Object>>of(Map.of("body", "y".repeat(20_001)),
				Map.of(), Map.of("body", "Hej\u0000"))) {
			post("enhet-manager", PREVIEW, body).exchange()
				.expectStatus().isEqualTo(422)
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
		}
		this.client.post().uri(PREVIEW)
			.headers((headers) -> headers.setBearerAuth(token("enhet-manager")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"body\":")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private String preview(String key, String markdown) {
		Map<?, ?> answer = post(key, PREVIEW, Map.of("body", markdown)).exchange()
			.expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		return (String) answer.get("html");
	}
}
