package se.budkavle.comments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a comment's plain text into safe HTML: everything is escaped, and only http(s) addresses become links, so no
 * markup a writer types can ever run in a reader's browser.
 */
final class CommentText {

	/** An http(s) address up to white space or a character that would need escaping in an attribute. */
	private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`]+");

	/** Sentence punctuation after an address belongs to the sentence. */
	private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]}]+$");

	private static final String REL = "noopener noreferrer nofollow ugc";

	private CommentText() {
	}

	static String html(String text) {
		StringBuilder html = new StringBuilder(text.length() + 32);
		Matcher link = LINK.matcher(text);
		int done = 0;
		while (link.find()) {
			String url = link.group();
			Matcher trailing = TRAILING.matcher(url);
			if (trailing.find()) {
				url = url.substring(0, trailing.start());
			}
			html.append(escape(text.substring(done, link.start())));
			html.append("<a href=\"").append(escape(url)).append("\" rel=\"").append(REL).append("\">");
			html.append(escape(url)).append("</a>");
			done = link.start() + url.length();
		}
		return html.append(escape(text.substring(done))).toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8").replace("`", "&#96;");
	}
}
