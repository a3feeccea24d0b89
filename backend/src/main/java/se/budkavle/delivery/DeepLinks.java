package se.budkavle.delivery;

import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds every link the hub sends out (e-mail, Teams, Outlook, Web Push, notifications, meeting sheets) from the
 * configured templates ({@code budkavle.delivery.links}), so that a link lands where staff read: the intranet page
 * that embeds the widgets, or the hub's own page.
 */
@Component
public class DeepLinks {

	private static final Log logger = LogFactory.getLog(DeepLinks.class);

	private static final String ID = "{id}";

	private final String hubUrl;

	private final DeliveryProperties.Links links;

	/**
	 * Links from the delivery settings; refuses a template without {@code {id}}, which would send everyone to the same
	 * place.
	 * Outside the demo, says in the log which templates still lead to the hub's own page, which only the demo serves.
	 * @param properties the delivery settings
	 * @param demo whether the hub runs as the demo ({@code budkavle.demo.enabled})
	 */
	public DeepLinks(DeliveryProperties properties, @Value("${budkavle.demo.enabled:false}") boolean demo) {
		this.hubUrl = properties.hubUrl().replaceAll("/+$", "");
		this.links = properties.links();
		check("post", this.links.post());
		check("crisis", this.links.crisis());
		check("question", this.links.question());
		if (!demo) {
			warnIfHubPage("post", post(new UUID(0, 0)));
			warnIfHubPage("crisis", crisis(new UUID(0, 0)));
			warnIfHubPage("question", question(new UUID(0, 0)));
		}
	}

	/**
	 * The link to a post.
	 * @param postId the post
	 * @return the post template filled in
	 */
	public String post(UUID postId) {
		return fill(this.links.post(), postId);
	}

	/**
	 * The link to a crisis message.
	 * @param crisisId the crisis
	 * @return the crisis template filled in
	 */
	public String crisis(UUID crisisId) {
		return fill(this.links.crisis(), crisisId);
	}

	/**
	 * The link to a question to the manager.
	 * @param questionId the question
	 * @return the question template filled in
	 */
	public String question(UUID questionId) {
		return fill(this.links.question(), questionId);
	}

	/**
	 * A link as people outside the hub can follow it: a relative hub link (recorded before the templates) gets the
	 * hub's address in front; any other is returned as it is.
	 * @param link a link, or {@code null}
	 * @return the link to send, or {@code null}
	 */
	public String absolute(String link) {
		return (link != null && link.startsWith("/") && !link.startsWith("//")) ? this.hubUrl + link : link;
	}

	/**
	 * Whether every post link is absolute, as a Teams card's must be.
	 * @return whether the post template, filled in, names a scheme
	 */
	public boolean postsAbsolute() {
		return post(new UUID(0, 0)).matches("(?i)^https?://.+");
	}

	private String fill(String template, UUID id) {
		return template.replace("{hub-url}", this.hubUrl).replace(ID, id.toString());
	}

	private void warnIfHubPage(String kind, String link) {
		if (link.startsWith(this.hubUrl + "/?") || link.startsWith(this.hubUrl + "/#")) {
			logger.warn("budkavle.delivery.links." + kind + " leads to the hub's own page (" + link + "), which only the "
					+ "demo serves: set it to the intranet page that embeds the widgets, or the links sent by e-mail, "
					+ "Teams and Web Push lead nowhere");
		}
	}

	private static void check(String kind, String template) {
		if (template == null || !template.contains(ID)) {
			throw new IllegalStateException("budkavle.delivery.links." + kind + " must contain " + ID);
		}
	}
}
