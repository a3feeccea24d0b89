package se.budkavle.records.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reading copy of a disclosure package: each record with every version, and who did what, when and why.
 */
final class DisclosurePdf {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DisclosurePdf() {
	}

	static byte[] render(String json) {
		JsonNode disclosure = JSON.readTree(json);
		TextPdf pdf = new TextPdf("Utlämnande av allmänna handlingar");
		pdf.text("Utlämnande " + disclosure.path("id").asString() + ", sammanställt "
				+ disclosure.path("createdAt").asString() + " av " + name(disclosure.path("createdBy")) + ".");
		if (!disclosure.path("reference").isNull() && !disclosure.path("reference").isMissingNode()) {
			pdf.text("Diarienummer / ärende: " + disclosure.path("reference").asString());
		}
		for (JsonNode item : disclosure.path("items")) {
			switch (item.path("type").asString()) {
				case "post" -> post(pdf, item);
				case "comment" -> comment(pdf, item, 0);
				case "question" -> question(pdf, item);
				default -> answer(pdf, item);
			}
		}
		return pdf.bytes();
	}

	/**
	 * One record of an archive package (a post with its comments, or a question with its answers) as PDF/A-2b.
	 * @param json the record as {@link DisclosureContent} gives it
	 */
	static byte[] archival(String json) {
		JsonNode item = JSON.readTree(json);
		TextPdf pdf = TextPdf.archival("Allmän handling " + item.path("type").asString() + "-" + item.path("id").asString());
		if ("post".equals(item.path("type").asString())) {
			post(pdf, item);
		}
		else {
			question(pdf, item);
		}
		return pdf.bytes();
	}

	private static void post(TextPdf pdf, JsonNode post) {
		pdf.heading("Nyhet: " + post.path("title").asString() + " [" + post.path("state").asString() + "]");
		pdf.text("Id " + post.path("id").asString() + ". Skriven av " + name(post.path("author")) + ", publicerad "
				+ post.path("publishedAt").asString("–") + ".");
		JsonNode withdrawal = post.path("withdrawal");
		if (withdrawal.isObject()) {
			pdf.text("Återkallad " + withdrawal.path("at").asString() + " av " + name(withdrawal.path("by"))
					+ ". Anledning: " + withdrawal.path("reason").asString());
		}
		for (JsonNode version : post.path("versions")) {
			pdf.subheading("Version " + version.path("version").asInt() + ", " + version.path("editedAt").asString()
					+ ", av " + name(version.path("editedBy")) + ": " + version.path("title").asString());
			pdf.text(version.path("body").asString(), 1);
		}
		for (JsonNode comment : post.path("comments")) {
			comment(pdf, comment, 1);
		}
	}

	private static void comment(TextPdf pdf, JsonNode comment, int indent) {
		pdf.gap();
		pdf.subheading("Kommentar " + comment.path("id").asString() + " [" + comment.path("state").asString()
				+ "] av " + name(comment.path("author")) + ", " + comment.path("createdAt").asString());
		for (JsonNode version : comment.path("versions")) {
			pdf.text("Version " + version.path("version").asInt() + ", " + version.path("editedAt").asString() + ":",
					indent);
			pdf.text(version.path("body").asString(), indent + 1);
		}
		for (JsonNode moderation : comment.path("moderation")) {
			pdf.text(("HIDE".equals(moderation.path("action").asString()) ? "Dold " : "Återställd ")
					+ moderation.path("at").asString() + " av " + name(moderation.path("by")) + ". Anledning: "
					+ moderation.path("reason").asString(), indent);
		}
		JsonNode deletion = comment.path("deletion");
		if (deletion.isObject()) {
			pdf.text("Raderad " + deletion.path("at").asString() + " av " + name(deletion.path("by")) + ". "
					+ deletion.path("reason").asString(), indent);
		}
	}

	private static void question(TextPdf pdf, JsonNode question) {
		pdf.heading("Fråga: " + question.path("subject").asString() + " [" + question.path("state").asString() + "]");
		pdf.text("Id " + question.path("id").asString() + ". Ställd " + question.path("askedAt").asString() + " till "
				+ question.path("askedUnit").path("name").asString() + " av "
				+ (question.path("anonymous").asBoolean() ? "(anonym)" : name(question.path("asker"))) + ".");
		if (question.path("note").isString()) {
			pdf.text(question.path("note").asString());
		}
		pdf.text(question.path("body").asString(), 1);
		for (JsonNode message : question.path("messages")) {
			String who = message.path("byAsker").asBoolean() && message.path("author").isNull() ? "frågeställaren"
					: name(message.path("author"));
			pdf.text((message.path("byAsker").asBoolean() ? "Svar från " : "Svar av ") + who + ", "
					+ message.path("at").asString() + ":");
			pdf.text(message.path("body").asString(), 1);
		}
	}

	private static void answer(TextPdf pdf, JsonNode answer) {
		pdf.heading("Svar på frågan: " + answer.path("subject").asString());
		pdf.text("Id " + answer.path("id").asString() + ". Av " + name(answer.path("author")) + ", "
				+ answer.path("at").asString() + ":");
		pdf.text(answer.path("body").asString(), 1);
	}

	private static String name(JsonNode person) {
		return person.isObject() ? person.path("displayName").asString() : "–";
	}
}
