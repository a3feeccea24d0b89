package se.budkavle.platform.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import se.budkavle.platform.ProblemTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OpenAPI document is a contract integrators can generate clients from: Redocly CLI's recommended rules
 * find no error in it, every problem a controller's problem tables (and the global fallback) can answer with is
 * listed for each of its operations, and it says which routes need a token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ApiContractTests {

	private static final Path DOCUMENT = Path.of("target/openapi.json");

	private static final Path REDOCLY = Path.of("../widgets/node_modules/@redocly/cli/bin/cli.js");

	private static final String PROBLEM_JSON = "application/problem+json";

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	JsonNode document;

	byte[] body;

	@BeforeEach
	void readTheDocument() {
		this.body = this.client.mutate()
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
		this.document = JsonMapper.shared().readTree(this.body);
	}

	@Test
	void redoclysRecommendedRulesFindNoErrorInTheDocument() throws IOException, InterruptedException {
		Files.write(DOCUMENT, this.body);
		assertThat(REDOCLY).as("Redocly CLI, installed by the widgets build (npm ci)").exists();
		Process lint = new ProcessBuilder("node", REDOCLY.toString(), "lint", DOCUMENT.toString(), "--format=json",
				"--max-problems=10000")
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("the lint finished").isTrue();
		JsonNode report = JsonMapper.shared().readTree(output);
		List<String> errors = new ArrayList<>();
		for (JsonNode problem : report.get("problems")) {
			if ("error".equals(problem.get("severity").asString())) {
				errors.add(problem.get("ruleId").asString() + " at "
						+ problem.get("location").get(0).get("pointer").asString() + ": "
						+ problem.get("message").asString());
			}
		}
		assertThat(errors).as("Redocly errors").isEmpty();
		assertThat(report.get("totals").get("warnings").asInt()).as("warnings (each explained in the README)")
			.isZero();
	}

	@Test
	void everyProblemAControllersTablesAndTheFallbackAnswerWithIsListedForEachOfItsOperations(
			@Autowired List<ProblemTable> tables, @Autowired ApplicationContext context,
			@Autowired RequestMappingHandlerMapping mapping) {
		Set<ProblemEntry> everywhere = new LinkedHashSet<>();
		context.getBeansWithAnnotation(Answers.class)
			.values()
			.forEach((bean) -> everywhere.addAll(HandlerProblems.declared(bean)));
		assertThat(everywhere).as("the fallback's declared answers").isNotEmpty();
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mapping.getHandlerMethods().entrySet()) {
			Class<?> controller = route.getValue().getBeanType();
			if (!controller.getPackageName().startsWith("se.budkavle")) {
				continue;
			}
			Set<ProblemEntry> problems = new LinkedHashSet<>(everywhere);
			tables.stream().filter((table) -> table.appliesTo(controller)).map(HandlerProblems::of).forEach(problems::addAll);
			for (JsonNode operation : operations(route.getKey())) {
				for (ProblemEntry problem : problems) {
					checked++;
					JsonNode examples = operation.path("responses")
						.path(Integer.toString(problem.status()))
						.path("content")
						.path(PROBLEM_JSON)
						.path("examples");
					if (!examples.has(problem.type())) {
						missing.add(route.getKey() + ": " + problem.status() + " " + problem.type());
					}
				}
			}
		}
		assertThat(missing).as("problems a table or the fallback answers with that the document does not list")
			.isEmpty();
		assertThat(checked).as("problem listings checked").isGreaterThan(200);
	}

	@Test
	void openRoutesNeedNoTokenAndEveryOtherOperationNamesTheBearerTokenAndItsRefusals() {
		assertThat(this.document.at("/security/0/bearer").isArray()).as("the bearer token is required globally")
			.isTrue();
		assertThat(this.document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		JsonNode ui = this.document.at("/paths/~1api~1v1~1ui/get");
		assertThat(ui.get("security").isArray() && ui.get("security").isEmpty()).as("GET /api/v1/ui is open").isTrue();
		assertThat(ui.at("/responses/401").isMissingNode()).isTrue();
		JsonNode feed = this.document.at("/paths/~1api~1v1~1feed/get");
		assertThat(feed.has("security")).as("the feed uses the global requirement").isFalse();
		assertThat(feed.at("/responses/401/content").has(PROBLEM_JSON)).isTrue();
		assertThat(feed.at("/responses/401/content/" + PROBLEM_JSON.replace("/", "~1") + "/examples/unauthenticated/$ref")
			.asString()).isEqualTo("#/components/examples/unauthenticated-401");
		assertThat(this.document.at("/components/examples/unauthenticated-401/value/type").asString())
			.isEqualTo("urn:budkavle:problem:unauthenticated");
	}

	@Test
	void theReferencePageRendersTheDocumentInChromiumFromTheHubAloneAndAccessibly() throws Exception {
		Path widgets = Path.of("../widgets").toAbsolutePath().normalize();
		assertThat(widgets.resolve("node_modules")).as("widgets built with npm ci").isDirectory();
		ProcessBuilder script = new ProcessBuilder("node", "--test", "--test-reporter=spec",
				"test/e2e/api-reference.test.mjs")
			.directory(widgets.toFile())
			.redirectErrorStream(true);
		script.environment().put("BK_HUB_URL", "http://localhost:" + this.port);
		Process node = script.start();
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("the browser test finished").isTrue();
		assertThat(node.exitValue()).as(output).isZero();
	}

	@Test
	void whatTheWidgetsReadTypeChecksAgainstAClientGeneratedFromTheDocument() throws Exception {
		Path document = Files.createTempFile("openapi", ".json");
		Files.write(document, this.body);
		Process node = new ProcessBuilder("node", "test/contract/typecheck.mjs", document.toString())
			.directory(Path.of("../widgets").toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("tsc finished").isTrue();
		assertThat(node.exitValue()).as(output).isZero();
	}

	private List<JsonNode> operations(RequestMappingInfo info) {
		List<JsonNode> operations = new ArrayList<>();
		for (var pattern : info.getPatternsCondition().getPatterns()) {
			JsonNode path = this.document.path("paths").path(pattern.getPatternString());
			for (var method : info.getMethodsCondition().getMethods()) {
				JsonNode operation = path.path(method.name().toLowerCase(java.util.Locale.ROOT));
				if (!operation.isMissingNode()) {
					operations.add(operation);
				}
			}
		}
		return operations;
	}
}
