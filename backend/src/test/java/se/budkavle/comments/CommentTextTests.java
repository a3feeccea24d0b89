package se.budkavle.comments;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentTextTests {

	/** Payloads from the usual XSS cheat sheets: tags, attributes, URL schemes, entity and quote tricks. */
	static final List<String> XSS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<svg/onload=alert(1)>", "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>",
			"javascript:alert(1)", "<a href=\"javascript:alert(1)\">klicka</a>", "<iframe src=javascript:alert(1)>",
			"https://x.se/\"onmouseover=\"alert(1)", "https://x.se/'onmouseover='alert(1)",
			"https://x.se/<script>alert(1)</script>", "http://x.se/`onmouseover=alert(1)`",
			"&lt;script&gt;alert(1)&lt;/script&gt;", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<body onload=alert(1)>", "data:text/html,<script>alert(1)</script>",
			"<a href=https://x.se onclick=alert(1)>x</a>");

	@Test
	void plainTextIsEscaped() {
		assertThat(CommentText.html("a < b & c > \"d\" 'e'"))
			.isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39;");
	}

	@Test
	void onlyHttpAndHttpsAddressesBecomeLinksWithoutTrailingPunctuation() {
		assertThat(CommentText.html("Läs https://stad.se/a?b=1&c=2. Och ftp://x.se, javascript:alert(1)"))
			.isEqualTo("Läs <a href=\"https://stad.se/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow ugc\">"
					+ "https://stad.se/a?b=1&amp;c=2</a>. Och ftp://x.se, javascript:alert(1)");
	}

	@Test
	void noXssPayloadLeavesATagOrAttributeOtherThanASafeLink() {
		Pattern tag = Pattern.compile("<(?!a href=\"https?://[^\"<>]*\" rel=\"noopener noreferrer nofollow ugc\">|/a>)");
		for (String payload : XSS) {
			String html = CommentText.html(payload);
			assertThat(tag.matcher(html).find()).as(payload + " → " + html).isFalse();
			assertThat(html).as(payload).doesNotContain("\"onmouseover").doesNotContain("'onmouseover");
		}
	}
}
