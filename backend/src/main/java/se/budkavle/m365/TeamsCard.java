package se.budkavle.m365;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The message a Teams Workflows webhook posts to its channel: one Adaptive Card with the title, the excerpt and a
 * button that opens the post in the hub.
 */
final class TeamsCard {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private TeamsCard() {
	}

	/**
	 * The webhook's request body.
	 * @param title the post's title
	 * @param excerpt its plain-text excerpt, or {@code null}
	 * @param link the absolute link to the post
	 * @param linkText the button's text, naming the intranet
	 * @return {@code {"type": "message", "attachments": [an Adaptive Card]}}
	 */
	static ObjectNode of(String title, String excerpt, String link, String linkText) {
		ObjectNode message = JSON.objectNode().put("type", "message");
		ObjectNode attachment = message.putArray("attachments").addObject();
		attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
		attachment.putNull("contentUrl");
		attachment.set("content", card(title, excerpt, link, linkText));
		return message;
	}

	private static ObjectNode card(String title, String excerpt, String link, String linkText) {
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
		card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", linkText).put("url", link);
		return card;
	}
}
