package se.budkavle.m365;

import org.springframework.web.util.HtmlUtils;

import se.budkavle.delivery.DeliveryProperties;

/**
 * Links back to the hub and escaped text, for messages sent to Teams and Outlook.
 */
final class HubLinks {

	private final String hubUrl;

	HubLinks(DeliveryProperties delivery) {
		this.hubUrl = delivery.hubUrl().replaceAll("/+$", "");
	}

	String absolute(String link) {
		return (link != null && link.startsWith("/")) ? this.hubUrl + link : link;
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
