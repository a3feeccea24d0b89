package se.budkavle.m365;

import org.springframework.web.util.HtmlUtils;

import se.budkavle.delivery.DeepLinks;
import se.budkavle.platform.UiProperties;

/**
 * Links (from {@link DeepLinks}) and escaped text, for messages sent to Teams and Outlook; the links name the intranet staff
 * know ({@code budkavle.ui.product-name}).
 */
final class HubLinks {

	private final DeepLinks links;

	private final String productName;

	HubLinks(DeepLinks links, UiProperties ui) {
		this.links = links;
		this.productName = ui.productName();
	}

	/** The text of the link under a post: "Läs hela nyheten i Insidan". */
	String readPostText() {
		return "Läs hela nyheten i " + this.productName;
	}

	/** The text of the link under a notification: "Öppna i Insidan". */
	String openText() {
		return "Öppna i " + this.productName;
	}

	String absolute(String link) {
		return this.links.absolute(link);
	}

	/** A message body: the text as paragraphs and a link back to the hub. */
	String html(String text, String link, String linkText) {
		StringBuilder html = new StringBuilder();
		if (text != null && !text.isBlank()) {
			html.append("<p>").append(escape(text).replace("\n", "<br>")).append("</p>");
		}
		String absolute = absolute(link);
		if (absolute != null) {
			html.append("<p><a href=\"").append(escape(absolute)).append("\">").append(escape(linkText))
				.append("</a></p>");
		}
		return html.toString();
	}

	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
