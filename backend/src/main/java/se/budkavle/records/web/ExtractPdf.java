package se.budkavle.records.web;

import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reading copy of a register extract: one section per kind of data, one line per entry.
 */
final class ExtractPdf {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> SECTIONS = Map.ofEntries(Map.entry("memberships", "Enheter du tillhör"),
			Map.entry("manages", "Enheter du är chef för"), Map.entry("roles", "Roller"),
			Map.entry("posts", "Nyheter du skrivit"), Map.entry("postVersions", "Versioner av nyheter du skrivit"),
			Map.entry("comments", "Kommentarer"), Map.entry("moderations", "Modereringar du gjort"),
			Map.entry("reactions", "Reaktioner"), Map.entry("reports", "Anmälningar"),
			Map.entry("questions", "Frågor med ditt namn"), Map.entry("questionMessages", "Svar och meddelanden"),
			Map.entry("upvotes", "Röster på frågor"), Map.entry("audience", "Nyheter till dig och när du läste dem"),
			Map.entry("acknowledgements", "Kvittenser"), Map.entry("notifications", "Aviseringar"),
			Map.entry("deliveries", "Utskick i andra kanaler"),
			Map.entry("pushSubscriptions", "Webbläsare du får aviseringar i"), Map.entry("actions", "Administrativa åtgärder du gjort"));

	private ExtractPdf() {
	}

	static byte[] render(String json) {
		JsonNode extract = JSON.readTree(json);
		JsonNode person = extract.path("person");
		TextPdf pdf = new TextPdf("Registerutdrag: " + person.path("displayName").asString());
		pdf.text(line(person));
		extract.properties().forEach((section) -> {
			if (section.getValue().isArray()) {
				pdf.heading(SECTIONS.getOrDefault(section.getKey(), section.getKey()) + " ("
						+ section.getValue().size() + ")");
				section.getValue().forEach((entry) -> pdf.text(line(entry), 1));
			}
		});
		pdf.heading("Att notera");
		pdf.text(extract.path("note").asString());
		return pdf.bytes();
	}

	private static String line(JsonNode entry) {
		return entry.properties()
			.stream()
			.filter((field) -> !field.getValue().isNull())
			.map((field) -> field.getKey() + ": " + value(field.getValue()))
			.collect(Collectors.joining("; "));
	}

	private static String value(JsonNode value) {
		if (value.isObject() && value.has("name")) {
			return value.path("name").asString();
		}
		if (value.isArray()) {
			return "[" + java.util.stream.StreamSupport.stream(value.spliterator(), false)
				.map(ExtractPdf::line)
				.collect(Collectors.joining(" | ")) + "]";
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}
}
