package se.budkavle.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "budkavle.identity.allowed-origins=https://intranat.example.se")
@AutoConfigureWebTestClient
class WidgetFilesTests {

	static final String INTRANET = "https://intranat.example.se";

	static final Pattern HASHED_MODULE = Pattern.compile("export \\* from '\\./(budkavle-[A-Z0-9]{8}\\.js)';");

	static final String YEAR_IMMUTABLE = "max-age=31536000, public, immutable";

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	@Test
	void theModuleLoaderImportsTheContentHashedBundleAndIsCachedBriefly() {
		String loader = get("/widgets/budkavle.js").expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.maxAge(WidgetFiles.LOADER_MAX_AGE).cachePublic())
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(manifest().get("module").asString()).isEqualTo(hashedModule(loader));
	}

	@Test
	void theHashedBundleIsCachedForAYearAndMatchesItsPublishedIntegrityHash() {
		String bundle = manifest().get("module").asString();
		byte[] served = get("/widgets/" + bundle).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, YEAR_IMMUTABLE)
			.expectHeader()
			.contentTypeCompatibleWith("text/javascript")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(manifest().get("files").get(bundle).get("integrity").asString()).isEqualTo(sri(served));
	}

	@Test
	void theClassicLoaderInjectsTheHashedClassicBundleWithItsIntegrityHash() {
		JsonNode manifest = manifest();
		String classic = manifest.get("classic").asString();
		assertThat(classic).matches("budkavle-classic-[A-Z0-9]{8}\\.js");
		String loader = get("/widgets/budkavle.classic.js").expectStatus()
			.isOk()
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(loader).contains('"' + classic + '"')
			.contains(manifest.get("files").get(classic).get("integrity").asString())
			.doesNotContain("export");
		byte[] served = get("/widgets/" + classic).expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, YEAR_IMMUTABLE)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(new String(served, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("export{");
	}

	@Test
	void theCustomElementsManifestIsServedBesideTheBundleLikeTheLoaders() {
		byte[] served = get("/widgets/custom-elements.json").expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.maxAge(WidgetFiles.LOADER_MAX_AGE).cachePublic())
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectHeader()
			.valueEquals(WidgetResourcePolicy.CORP, "cross-origin")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		JsonNode elements = JsonMapper.shared().readTree(served);
		assertThat(elements.get("schemaVersion").asString()).isNotBlank();
		assertThat(elements.get("modules").valueStream()
			.flatMap((module) -> module.path("declarations").valueStream())
			.map((declaration) -> declaration.path("tagName").asString(""))).contains("bk-news-feed", "bk-reach-dashboard");
		assertThat(manifest().get("files").get("custom-elements.json").get("integrity").asString()).isEqualTo(sri(served));
		this.client.get()
			.uri("/widgets/custom-elements.json")
			.header(HttpHeaders.ORIGIN, INTRANET)
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, INTRANET);
	}

	@Test
	void thePushServiceWorkerIsServedBesideTheBundleUnderItsStableNameLikeTheLoaders() {
		byte[] served = get("/widgets/bk-push-sw.js").expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.maxAge(WidgetFiles.LOADER_MAX_AGE).cachePublic())
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectHeader()
			.contentTypeCompatibleWith("text/javascript")
			.expectHeader()
			.valueEquals(WidgetResourcePolicy.CORP, "cross-origin")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(new String(served, java.nio.charset.StandardCharsets.UTF_8)).contains("showNotification")
			.doesNotContain("export{");
		assertThat(manifest().get("files").get("bk-push-sw.js").get("integrity").asString()).isEqualTo(sri(served));
	}

	@Test
	void anUnchangedLoaderIsRevalidatedWithItsEtag() {
		String etag = get("/widgets/budkavle.js").returnResult(String.class).getResponseHeaders().getETag();
		this.client.get()
			.uri("/widgets/budkavle.js")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
	}

	@Test
	void anIntranetPageOnAnAllowedOriginMayLoadTheWidgetFiles() {
		this.client.get()
			.uri("/widgets/budkavle.js")
			.header(HttpHeaders.ORIGIN, INTRANET)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, INTRANET)
			.expectHeader()
			.valueEquals(WidgetResourcePolicy.CORP, "cross-origin");
	}

	@Test
	void aPageOnAnyOtherOriginGetsNoCorsHeaders() {
		this.client.get()
			.uri("/widgets/budkavle.js")
			.header(HttpHeaders.ORIGIN, "https://evil.example.com")
			.exchange()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	/**
	 * Sent with the JDK's client: Reactor Netty's decompresses a gzip answer by itself when the request names gzip,
	 * hiding what went over the wire.
	 */
	@Test
	void browsersThatAcceptBrotliOrGzipGetTheBuildsCompressedFiles() throws Exception {
		String bundle = manifest().get("module").asString();
		long bytes = manifest().get("files").get(bundle).get("bytes").asLong();
		for (String encoding : new String[] { "gzip", "br" }) {
			HttpResponse<byte[]> response = raw(bundle, encoding);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).contains(encoding);
			assertThat(response.headers().allValues(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
			assertThat(response.headers().firstValue(HttpHeaders.CACHE_CONTROL)).contains(YEAR_IMMUTABLE);
			assertThat(response.headers().firstValue(HttpHeaders.ETAG)).get(STRING)
				.endsWith("-" + encoding.substring(0, 2) + "\"");
			assertThat(response.body().length).as(encoding).isLessThan((int) (bytes / 3));
		}
		HttpResponse<byte[]> identity = raw(bundle, "identity");
		assertThat(identity.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
		assertThat(identity.body()).hasSize((int) bytes);
	}

	private HttpResponse<byte[]> raw(String file, String acceptEncoding) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/widgets/" + file))
			.header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The bundles are larger than the client's default buffer (256 KB). */
	private WebTestClient.ResponseSpec get(String path) {
		return this.client.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.get()
			.uri(path)
			.exchange();
	}

	private JsonNode manifest() {
		byte[] manifest = get("/widgets/manifest.json").expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return JsonMapper.shared().readTree(manifest);
	}

	private static String hashedModule(String loader) {
		Matcher matcher = HASHED_MODULE.matcher(loader);
		assertThat(matcher.find()).as(loader).isTrue();
		return matcher.group(1);
	}

	private static String sri(byte[] content) throws IllegalStateException {
		try {
			return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
