package se.budkavle.m365;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import se.budkavle.delivery.Announcement;

/**
 * The message a Teams Workflows webhook posts to its channel: one Adaptive Card with the title, the excerpt, its facts
 * (a crisis message's severity) and a button that opens it in the hub.
 */
final class TeamsCard {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private TeamsCard() {
	}

	/**
	 * The webhook's request body.
	 * @param title the post's title
	 * @param excerpt its plain-text excerpt, or {@code null}
	 * @param facts label/value pairs shown under the excerpt, in order
	 * @param link the absolute link to the post
	 * @param linkText the button's text, naming the intranet
	 * @return {@code {"type": "message", "attachments": [an Adaptive Card]}}
	 */
	static ObjectNode of(String title, String excerpt, List<Announcement.Fact> facts, String link, String linkText) {
		ObjectNode message = JSON.objectNode().put("type", "message");
		ObjectNode attachment = message.putArray("attachments").addObject();
		attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
		attachment.putNull("contentUrl");
		attachment.set("content", card(title, excerpt, facts, link, linkText));
		return message;
	}

	private static ObjectNode card(String title, String excerpt, List<Announcement.Fact> facts, String link,
			String linkText) {
		ObjectNode card = JSON.objectNode()
			.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
			.put("type", "AdaptiveCard")
			.put("version", "1.4");
		ArrayNode body = card.putArray("body");
		body.addObject().put("type", "TextBlock").put("text", title).put("weight", "Bolder").put("size", "Medium")
			.put("wrap", true);
		if (excerpt != null && !excerpt.isBlank()) {
			body.addObject().put("type", "TextBlock").put("text", excerpt).put("wrap", true);
		}
		if (!facts.isEmpty()) {
			ArrayNode set = body.addObject().put("type", "FactSet").putArray("facts");
			facts.forEach((fact) -> set.addObject().put("title", fact.label()).put("value", fact.value()));
		}
		card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", linkText).put("url", link);
		return card;
	}
}
