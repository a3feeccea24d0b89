package se.budkavle.news;

import org.springframework.stereotype.Component;

/**
 * Markdown rendered to sanitised HTML exactly as posts are, for modules that show Markdown of their own (cascade).
 */
@Component
public class SafeHtml {

	private final Markdown markdown;

	SafeHtml(Markdown markdown) {
		this.markdown = markdown;
	}

	/**
	 * The Markdown as HTML safe to put in any page.
	 * @param markdown the Markdown, or {@code null}
	 * @return the HTML, or {@code null}
	 */
	public String of(String markdown) {
		return (markdown != null) ? this.markdown.render(markdown).html() : null;
	}
}
