package se.budkavle.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.Organisation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every payload of {@code src/test/resources/bad-input/} to every write route (see the README there) and
 * expects a 4xx problem answer and not one row written anywhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class BadInputCorpusTests {

	private static final Log logger = LogFactory.getLog(BadInputCorpusTests.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	/** Routes that read a body but are not sent the corpus, and why. */
	private static final Map<String, String> NOT_IN_CORPUS = Map.of();

	String manager;

	String employee;

	UUID unitId;

	UUID employeeId;

	UUID postId;

	UUID commentId;

	UUID questionId;

	UUID cascadeId;

	UUID cascadeQuestionId;

	UUID crisisId;

	UUID holdId;

	UUID crisisTemplateId;

	@BeforeEach
	void organisation(@Autowired Organisation organisation, @Autowired DemoTokens tokens) {
		this.database.sql("""
				with u as (insert into unit (external_id, name, kind) values ('corpus-unit', 'Korpusenheten', 'UNIT')
					on conflict do nothing returning id),
				c as (insert into unit_closure (ancestor_id, descendant_id, depth) select id, id, 0 from u),
				p as (insert into person (external_id, display_name, email) values
					('corpus-manager', 'Maja Korpus', 'maja.korpus@corpus.test'),
					('corpus-employee', 'Erik Korpus', 'erik.korpus@corpus.test') on conflict do nothing
					returning id, external_id),
				m as (insert into membership (unit_id, person_id, is_primary) select u.id, p.id, true from u, p)
				insert into unit_manager (unit_id, person_id)
				select u.id, p.id from u, p where p.external_id = 'corpus-manager'""").then().block();
		this.unitId = this.database.sql("select id from unit where external_id = 'corpus-unit'")
			.mapValue(UUID.class)
			.one()
			.block();
		this.manager = tokens.issue(organisation.personByExternalId("corpus-manager").block(),
				Set.of(Role.COMMUNICATOR, Role.ADMIN)).accessToken();
		var employee = organisation.personByExternalId("corpus-employee").block();
		this.employeeId = employee.id();
		this.employee = tokens.issue(employee, Set.of()).accessToken();
		this.postId = UUID.fromString(created(HttpMethod.POST, "/api/v1/posts", this.manager, post()).get("id").stringValue());
		this.commentId = UUID.fromString(created(HttpMethod.POST, "/api/v1/posts/" + this.postId + "/comments",
				this.employee, "{\"body\":\"Bra nyhet\"}").get("id").stringValue());
		this.questionId = UUID.fromString(created(HttpMethod.POST, "/api/v1/questions", this.employee,
				"{\"subject\":\"Fråga\",\"body\":\"Hur gör vi?\",\"unitId\":\"" + this.unitId + "\"}")
			.get("id")
			.stringValue());
		this.cascadeId = UUID.fromString(created(HttpMethod.POST, "/api/v1/cascades", this.manager, cascade())
			.get("id")
			.stringValue());
		this.cascadeQuestionId = UUID.fromString(created(HttpMethod.POST, "/api/v1/cascades/" + this.cascadeId
				+ "/questions", this.manager, "{\"body\":\"Gäller det alla?\"}").get("id").stringValue());
		this.crisisId = UUID.fromString(created(HttpMethod.POST, "/api/v1/crises", this.manager, crisis()).get("id")
			.stringValue());
		this.holdId = UUID.fromString(created(HttpMethod.POST, "/api/v1/records/holds", this.manager,
				"{\"unitId\":\"" + this.unitId + "\",\"reason\":\"Korpus\"}").get("id").stringValue());
		this.crisisTemplateId = UUID.fromString(created(HttpMethod.POST, "/api/v1/crises/templates", this.manager,
				crisisTemplate()).get("id").stringValue());
	}

	@Test
	void everyPayloadToEveryWriteRouteIsRefusedWithAProblemAndWritesNothing() {
		Map<String, Long> before = rowCounts();
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Route route : routes()) {
			for (Payload payload : payloadsFor(route)) {
				sent++;
				check(route, payload, failures, true);
			}
		}
		for (String file : directoryFiles()) {
			sent++;
			check(new Route(HttpMethod.POST, "/api/v1/admin/directory/imports", this.manager, null, Map.of()),
					new Payload("directory/" + file, resource("directory/" + file)), failures, true);
		}
		logger.info("Bad-input corpus: " + sent + " payloads × routes, " + count(failures, "5xx") + " × 5xx");
		assertThat(failures).isEmpty();
		assertThat(rowCounts()).isEqualTo(before);
	}

	@Test
	void everyRouteThatReadsAJsonBodyIsInTheCorpusOrSaysWhyNot(
			@Autowired RequestMappingHandlerMapping mappings) {
		Set<String> covered = new TreeSet<>();
		routes().forEach((route) -> covered.add(route.method() + " " + shape(route.path())));
		covered.addAll(NOT_IN_CORPUS.keySet());
		Set<String> reading = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			boolean body = Stream.of(handler.getMethodParameters())
				.anyMatch((parameter) -> parameter.hasParameterAnnotation(RequestBody.class));
			if (body) {
				info.getPatternsCondition()
					.getPatterns()
					.forEach((path) -> info.getMethodsCondition()
						.getMethods()
						.forEach((method) -> reading.add(method.name() + " " + shape(path.getPatternString()))));
			}
		});
		assertThat(reading).as("routes reading a JSON body").isNotEmpty();
		assertThat(covered).as("routes in the corpus (add the new route to routes(), or to NOT_IN_CORPUS with why)")
			.containsAll(reading);
	}

	/** The path with every variable written {@code {}}, so the corpus' names and the controllers' need not agree. */
	private static String shape(String path) {
		return path.replaceAll("\\{[^}]*}", "{}");
	}

	@Test
	void validButHostileTextIsNeverAServerError() {
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Route route : routes()) {
			for (Map.Entry<String, Kind> field : route.fields().entrySet()) {
				if (field.getValue() == Kind.DATE) {
					continue;
				}
				for (JsonNode value : json.readTree(resource("tolerated.json"))) {
					sent++;
					check(route, new Payload("tolerated " + value.get("name").stringValue() + " in " + field.getKey(),
							with(route.body(), field.getKey(), value.get("value"))), failures, false);
				}
			}
		}
		logger.info("Tolerated corpus: " + sent + " payloads × routes, " + count(failures, "5xx") + " × 5xx");
		assertThat(failures).isEmpty();
	}

	@Test
	void everyCursorThatWasNotMadeHereIsAnInvalidCursorProblem() {
		List<String> failures = new ArrayList<>();
		List<String> lists = List.of("/api/v1/feed", "/api/v1/questions", "/api/v1/moderation/queue",
				"/api/v1/posts/" + this.postId + "/comments", "/api/v1/notifications",
				"/api/v1/units/" + this.unitId + "/members");
		for (String line : new String(resource("cursors.txt"), StandardCharsets.UTF_8).split("\n")) {
			String[] parts = line.split(" ");
			for (String list : lists) {
				if (parts.length > 1 && list.endsWith(parts[1].substring("valid-for=".length()))) {
					continue;
				}
				var result = this.client.get()
					.uri((builder) -> builder.path(list).queryParam("after", "{after}").build(parts[0]))
					.headers((headers) -> headers.setBearerAuth(this.manager))
					.exchange()
					.expectBody(String.class)
					.returnResult();
				String body = String.valueOf(result.getResponseBody());
				if (result.getStatus().value() != 400 || !body.contains("urn:budkavle:problem:invalid-cursor")) {
					failures.add(list + " after=" + parts[0] + " → " + result.getStatus() + " " + body);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private void check(Route route, Payload payload, List<String> failures, boolean mustRefuse) {
		EntityExchangeResult<String> result = this.client.method(route.method())
			.uri(route.path().replace("{post}", this.postId.toString())
				.replace("{comment}", this.commentId.toString())
				.replace("{question}", this.questionId.toString())
				.replace("{cascade}", this.cascadeId.toString())
				.replace("{cascadeQuestion}", this.cascadeQuestionId.toString())
				.replace("{crisis}", this.crisisId.toString())
				.replace("{hold}", this.holdId.toString())
				.replace("{template}", this.crisisTemplateId.toString()))
			.headers((headers) -> {
				headers.setBearerAuth(route.token());
				headers.set("If-Match", "\"1\"");
			})
			.contentType(route.body() != null ? MediaType.APPLICATION_JSON : MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue(payload.bytes())
			.exchange()
			.expectBody(String.class)
			.returnResult();
		int status = result.getStatus().value();
		MediaType type = result.getResponseHeaders().getContentType();
		boolean problem = type != null && type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		String what = route.method() + " " + route.path() + " with " + payload.name() + " → " + status + " "
				+ result.getResponseBody();
		if (status >= 500) {
			failures.add("5xx: " + what);
		}
		else if (mustRefuse && (status < 400 || !problem)) {
			failures.add("accepted or no problem: " + what);
		}
		else if (status >= 400 && !problem) {
			failures.add("no problem: " + what);
		}
		else if (payload.field() != null && (status != 422
				|| !String.valueOf(result.getResponseBody()).contains("\"field\":\"" + payload.field() + "\""))) {
			failures.add("not 422 naming " + payload.field() + ": " + what);
		}
	}

	private List<Route> routes() {
		Map<String, Kind> post = new LinkedHashMap<>();
		post.put("title", Kind.LINE);
		post.put("body", Kind.TEXT);
		post.put("language", Kind.LINE);
		post.put("publishAt", Kind.DATE);
		post.put("expiresAt", Kind.DATE);
		post.put("acknowledgement.deadline", Kind.DATE);
		Map<String, Kind> cascade = new LinkedHashMap<>();
		cascade.put("title", Kind.LINE);
		cascade.put("message", Kind.TEXT);
		cascade.put("changes", Kind.TEXT);
		cascade.put("unchanged", Kind.TEXT);
		cascade.put("localJudgement", Kind.TEXT);
		cascade.put("doNotSay", Kind.TEXT);
		cascade.put("feedbackQuestion", Kind.LINE);
		cascade.put("deadline", Kind.DATE);
		Map<String, Kind> meeting = new LinkedHashMap<>();
		meeting.put("meeting.date", Kind.DATE);
		meeting.put("meeting.questions", Kind.TEXT);
		meeting.put("meeting.feedback", Kind.TEXT);
		return List.of(new Route(HttpMethod.POST, "/api/v1/posts", this.manager, post(), post),
				new Route(HttpMethod.PUT, "/api/v1/posts/{post}", this.manager, post(), post),
				new Route(HttpMethod.POST, "/api/v1/posts/{post}/withdrawal", this.manager,
						"{\"reason\":\"Fel uppgifter\"}", Map.of("reason", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/posts/{post}/comments", this.employee, "{\"body\":\"Bra\"}",
						Map.of("body", Kind.TEXT)),
				new Route(HttpMethod.PUT, "/api/v1/comments/{comment}", this.employee, "{\"body\":\"Bättre\"}",
						Map.of("body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/comments/{comment}/reports", this.manager,
						"{\"reason\":\"Olämpligt\"}", Map.of("reason", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/comments/{comment}/moderation", this.manager,
						"{\"action\":\"HIDE\",\"reason\":\"Olämpligt\"}", Map.of("reason", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/questions", this.employee,
						"{\"subject\":\"Fråga\",\"body\":\"Hur?\",\"unitId\":\"" + this.unitId + "\"}",
						Map.of("subject", Kind.LINE, "body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/questions/{question}/answers", this.manager,
						"{\"body\":\"Så här\"}", Map.of("body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/questions/{question}/forwards", this.manager,
						"{\"to\":\"HR\",\"note\":\"Till HR\"}", Map.of("note", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/cascades", this.manager, cascade(), cascade),
				new Route(HttpMethod.POST, "/api/v1/cascades/{cascade}/relays", this.manager, """
						{"unitId":"%s","kind":"MEETING","meeting":{"date":"2027-03-04","participants":12,
						 "questions":"Vem blir vår chef?","feedback":"Oro för restiderna"}}""".formatted(this.unitId),
						meeting),
				new Route(HttpMethod.POST, "/api/v1/cascades/{cascade}/questions", this.manager,
						"{\"body\":\"Gäller det alla?\"}", Map.of("body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/cascades/{cascade}/questions/{cascadeQuestion}/answer",
						this.manager, "{\"body\":\"Ja, alla.\"}", Map.of("body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/crises", this.manager, crisis(),
						Map.of("title", Kind.LINE, "body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/crises/{crisis}/confirmations", this.employee,
						"{\"status\":\"RECEIVED\",\"note\":\"Hemma\"}", Map.of("note", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/crises/{crisis}/updates", this.manager,
						"{\"body\":\"Läget är lugnt\"}", Map.of("body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/crises/{crisis}/all-clear", this.manager,
						"{\"body\":\"Faran över\"}", Map.of("body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/crises/{crisis}/calls", this.manager,
						"{\"personId\":\"" + this.employeeId + "\",\"note\":\"Nådd på mobilen\"}",
						Map.of("note", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/crises/templates", this.manager, crisisTemplate(),
						Map.of("name", Kind.LINE, "title", Kind.LINE, "body", Kind.TEXT)),
				new Route(HttpMethod.PUT, "/api/v1/crises/templates/{template}", this.manager, crisisTemplate(),
						Map.of("name", Kind.LINE, "title", Kind.LINE, "body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/language/readability", this.manager,
						"{\"text\":\"En kort mening.\",\"language\":\"sv\"}", Map.of("text", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/posts/preview", this.manager, "{\"body\":\"Text\"}",
						Map.of("body", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/posts/audience-count", this.manager,
						"{\"targets\":[{\"unitId\":\"" + this.unitId + "\",\"includeSubunits\":true}]}", Map.of()),
				new Route(HttpMethod.POST, "/api/v1/records/disclosures", this.manager,
						"{\"items\":[{\"type\":\"POST\",\"id\":\"" + this.postId + "\"}]}", Map.of()),
				new Route(HttpMethod.POST, "/api/v1/records/archive-packages", this.manager,
						"{\"from\":\"2001-01-01T00:00:00Z\",\"to\":\"2001-01-02T00:00:00Z\"}",
						Map.of("from", Kind.DATE, "to", Kind.DATE)),
				new Route(HttpMethod.POST, "/api/v1/records/holds", this.manager,
						"{\"unitId\":\"" + this.unitId + "\",\"reason\":\"Granskning\"}", Map.of("reason", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/records/holds/{hold}/release", this.manager,
						"{\"reason\":\"Klart\"}", Map.of("reason", Kind.TEXT)),
				new Route(HttpMethod.POST, "/api/v1/push-subscriptions", this.employee, pushSubscription(),
						Map.of("endpoint", Kind.LINE, "keys.p256dh", Kind.LINE, "keys.auth", Kind.LINE)),
				new Route(HttpMethod.POST, "/demo/token", this.employee, "{\"personId\":\"" + this.employeeId + "\"}",
						Map.of()));
	}

	/** A valid subscription (RFC 8291 Appendix A's browser key); the corpus test runs with Web Push off. */
	private String pushSubscription() {
		return """
				{"endpoint":"https://fcm.googleapis.com/fcm/send/corpus-1","keys":{"auth":"BTBZMqHH6r4Tts7J_aSIgg",
				 "p256dh":"BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"}}""";
	}

	private String crisisTemplate() {
		return """
				{"name":"Korpusmall","title":"Strömavbrott i {plats}","body":"Text","severity":"WARNING",
				 "confirmation":"RECEIVED"}""";
	}

	private String crisis() {
		return """
				{"title":"Korpuskris","body":"Text","severity":"WARNING","confirmation":"RECEIVED","exercise":true,
				 "targets":[{"unitId":"%s"}]}""".formatted(this.unitId);
	}

	private String post() {
		return """
				{"title":"Korpusnyhet","body":"Text","language":"sv","expiresAt":"2998-01-01T00:00:00Z",
				 "targets":[{"unitId":"%s","includeSubunits":true}],
				 "acknowledgement":{"required":true,"deadline":"2997-01-01T00:00:00Z"}}""".formatted(this.unitId);
	}

	private String cascade() {
		return """
				{"title":"Korpusbudkavle","message":"Kärnbudskap","changes":"Det här","unchanged":"Det där",
				 "talkingPoints":["Varför"],"questions":[{"question":"Varför?","answer":"Därför."}],
				 "localJudgement":"Hos er","doNotSay":"Inga namn","feedbackQuestion":"Vad tycker ni?",
				 "targets":[{"unitId":"%s"}],"deadline":"2998-01-01T00:00:00Z"}""".formatted(this.unitId);
	}

	private List<Payload> payloadsFor(Route route) {
		List<Payload> payloads = new ArrayList<>();
		route.fields().forEach((field, kind) -> {
			List<String> files = switch (kind) {
				case LINE -> List.of("text.json", "line.json", "types.json");
				case TEXT -> List.of("text.json", "types.json");
				case DATE -> List.of("dates.json", "types.json");
			};
			for (String file : files) {
				for (JsonNode value : json.readTree(resource(file))) {
					boolean named = !file.equals("types.json") && !file.equals("dates.json");
					payloads.add(new Payload(value.get("name").stringValue() + " in " + field,
							with(route.body(), field, value.get("value")), named ? field : null));
				}
			}
			if (kind != Kind.DATE) {
				for (JsonNode huge : json.readTree(resource("huge.json"))) {
					String text = huge.get("repeat").stringValue().repeat(huge.get("times").intValue());
					payloads.add(new Payload(huge.get("name").stringValue() + " in " + field,
							with(route.body(), field, json.getNodeFactory().stringNode(text))));
				}
			}
		});
		for (String file : bodyFiles()) {
			payloads.add(new Payload("body " + file, resource("bodies/" + file)));
		}
		return payloads;
	}

	private static byte[] with(String body, String field, JsonNode value) {
		ObjectNode tree = (ObjectNode) json.readTree(body);
		String[] path = field.split("\\.");
		ObjectNode parent = tree;
		for (int i = 0; i < path.length - 1; i++) {
			parent = (ObjectNode) parent.get(path[i]);
		}
		parent.set(path[path.length - 1], value);
		return json.writeValueAsBytes(tree);
	}

	private JsonNode created(HttpMethod method, String path, String token, String body) {
		return json.readTree(this.client.method(method)
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(token))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	private Map<String, Long> rowCounts() {
		List<String> tables = this.database.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")
			.mapValue(String.class)
			.all()
			.collectList()
			.block();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : tables) {
			counts.put(table, this.database.sql("select count(*) from \"" + table + "\"")
				.mapValue(Long.class)
				.one()
				.block());
		}
		return counts;
	}

	private static long count(List<String> failures, String prefix) {
		return failures.stream().filter((failure) -> failure.startsWith(prefix)).count();
	}

	private static List<String> bodyFiles() {
		return list("bodies");
	}

	private static List<String> directoryFiles() {
		return list("directory");
	}

	private static List<String> list(String folder) {
		try (Stream<Path> files = Files.list(new ClassPathResource("bad-input/" + folder).getFile().toPath())) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] resource(String name) {
		try {
			return new ClassPathResource("bad-input/" + name).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	enum Kind {
		LINE, TEXT, DATE
	}

	record Route(HttpMethod method, String path, String token, String body, Map<String, Kind> fields) {
	}

	/** A payload, and the field a 422 must name when it is text the hub refuses. */
	record Payload(String name, byte[] bytes, String field) {

		Payload(String name, byte[] bytes) {
			this(name, bytes, null);
		}
	}
}
