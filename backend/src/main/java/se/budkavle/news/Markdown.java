package se.budkavle.news;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a post's Markdown into HTML that is safe to put in any page (rendered by commonmark, then passed through an
 * allow-list sanitiser, so raw HTML in the Markdown can never bring scripts, handlers, styles or frames along) and
 * into a plain-text excerpt.
 */
@Component
class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create());

	// Only structure and links: no style, class or id attributes, no forms, frames, media or scripts; links and
	// images only to http(s), mailto and relative URLs, and links never keep the opener.
	// Images only from the hub itself or the allowed intranet origins (ImageOrigins): any other is a tracking pixel.
	private static PolicyFactory policy(ImageOrigins images) {
		return new HtmlPolicyBuilder()
			.allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
				"code", "em", "strong", "del", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
			.allowStandardUrlProtocols()
			.allowAttributes("href").onElements("a")
			.allowAttributes("src")
			.matching((element, attribute, value) -> images.allows(value) ? value : null)
			.onElements("img")
			.allowAttributes("alt", "title").onElements("img")
			.allowAttributes("title").onElements("a")
			.allowAttributes("start").matching(java.util.regex.Pattern.compile("\\d{1,6}")).onElements("ol")
			.allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
			.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
			.toFactory();
	}

	private final PolicyFactory policy;

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	private final int excerptLength;

	Markdown(NewsProperties properties, ImageOrigins images) {
		this.excerptLength = properties.excerptLength();
		this.policy = policy(images);
	}

	Rendered render(String markdown) {
		Node document = this.parser.parse(markdown);
		String html = this.policy.sanitize(this.renderer.render(document));
		return new Rendered(html, excerpt(document));
	}

	private String excerpt(Node document) {
		StringBuilder text = new StringBuilder();
		document.accept(new PlainText(text));
		String plain = text.toString().replaceAll("\\s+", " ").strip();
		if (plain.length() <= this.excerptLength) {
			return plain;
		}
		String cut = plain.substring(0, this.excerptLength - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > this.excerptLength / 2) ? cut.substring(0, space) : cut).stripTrailing() + "…";
	}

	/** The rendered post: sanitised HTML and a plain-text excerpt. */
	record Rendered(String html, String excerpt) {
	}

	/** Collects the words a reader sees, leaving raw HTML out, with a space wherever a line or block ends. */
	private static final class PlainText extends AbstractVisitor {

		private final StringBuilder text;

		PlainText(StringBuilder text) {
			this.text = text;
		}

		@Override
		public void visit(Text node) {
			this.text.append(node.getLiteral());
		}

		@Override
		public void visit(Code node) {
			this.text.append(node.getLiteral());
		}

		@Override
		public void visit(SoftLineBreak node) {
			this.text.append(' ');
		}

		@Override
		public void visit(HardLineBreak node) {
			this.text.append(' ');
		}

		@Override
		protected void visitChildren(Node parent) {
			super.visitChildren(parent);
			if (parent instanceof Block) {
				this.text.append(' ');
			}
		}
	}
}
