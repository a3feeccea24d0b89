package se.budkavle.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated OpenAPI document tells an integrator, for every operation of the API, what it does and who may call
 * it, with examples for the main request bodies and the headers a client must send and read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class OperationDocumentationTests {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	@Autowired
	WebTestClient client;

	JsonNode document;

	@BeforeEach
	void readTheDocument() {
		byte[] body = this.client.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		this.document = JsonMapper.builder().build().readTree(body);
	}

	@Test
	void everyApiOperationHasASummaryAndADescription() {
		List<String> operations = new ArrayList<>();
		List<String> undocumented = new ArrayList<>();
		this.document.get("paths").properties().forEach((path) -> {
			if (!path.getKey().startsWith("/api/")) {
				return;
			}
			path.getValue().properties().stream().filter((method) -> METHODS.contains(method.getKey())).forEach((method) -> {
				String name = method.getKey().toUpperCase() + " " + path.getKey();
				operations.add(name);
				if (blank(method.getValue(), "summary") || blank(method.getValue(), "description")) {
					undocumented.add(name);
				}
			});
		});
		assertThat(operations).hasSizeGreaterThan(60);
		assertThat(undocumented).isEmpty();
	}

	@Test
	void operationIdsAreUniqueAndReadable() {
		List<String> ids = new ArrayList<>();
		this.document.get("paths").forEach((path) -> path.properties()
			.stream()
			.filter((method) -> METHODS.contains(method.getKey()))
			.forEach((method) -> ids.add(method.getValue().path("operationId").asString())));
		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id.matches("[a-z][A-Za-z]+"), "camelCase without _n");
	}

	@Test
	void theMainRequestBodiesCarryExamples() {
		assertThat(examples("/api/v1/posts", "post", "application/json")).contains("post");
		assertThat(examples("/api/v1/posts/{id}", "put", "application/json")).contains("edit");
		assertThat(examples("/api/v1/posts/{id}/comments", "post", "application/json")).contains("comment", "reply");
		assertThat(examples("/api/v1/questions", "post", "application/json")).contains("named", "anonymous");
		assertThat(examples("/api/v1/admin/directory/imports", "post", "application/x-ndjson")).contains("directory");
		assertThat(this.document.at("/paths/~1api~1v1~1posts/post/requestBody/content/application~1json/schema/$ref")
			.asString()).isNotBlank();
	}

	@Test
	void theHeadersOfVersionsAndNewResourcesAreDocumented() {
		assertThat(header("/api/v1/posts", "post", "201", "Location")).isTrue();
		assertThat(header("/api/v1/posts", "post", "201", "ETag")).isTrue();
		assertThat(header("/api/v1/posts/{id}", "get", "200", "ETag")).isTrue();
		assertThat(header("/api/v1/posts/{id}", "put", "200", "ETag")).isTrue();
		assertThat(header("/api/v1/comments/{id}", "put", "200", "ETag")).isTrue();
		assertThat(header("/api/v1/posts/{id}/comments", "post", "201", "Location")).isTrue();
		assertThat(header("/api/v1/questions", "post", "201", "Location")).isTrue();
		assertThat(header("/api/v1/admin/directory/syncs", "post", "202", "Location")).isTrue();
		assertThat(operation("/api/v1/roles/{personId}/{role}", "put").path("responses").propertyNames())
			.contains("200", "201");
		assertThat(parameters("/api/v1/posts/{id}", "put")).contains("If-Match");
		assertThat(parameters("/api/v1/comments/{id}", "put")).contains("If-Match");
		assertThat(parameters("/api/v1/questions/{id}", "get")).contains("X-Follow-Up-Key");
	}

	private JsonNode operation(String path, String method) {
		return this.document.path("paths").path(path).path(method);
	}

	private List<String> examples(String path, String method, String mediaType) {
		return operation(path, method).path("requestBody").path("content").path(mediaType).path("examples")
			.propertyNames()
			.stream()
			.toList();
	}

	private boolean header(String path, String method, String status, String name) {
		JsonNode response = operation(path, method).path("responses").path(status);
		return response.path("headers").has(name) && !response.path("content").isEmpty();
	}

	private List<String> parameters(String path, String method) {
		List<String> names = new ArrayList<>();
		operation(path, method).path("parameters").forEach((parameter) -> names.add(parameter.path("name").asString()));
		return names;
	}

	private static boolean blank(JsonNode operation, String field) {
		return !operation.hasNonNull(field) || operation.get(field).asString().isBlank();
	}
}
