package se.budkavle.live;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.platform.api.ApiProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live protocol's AsyncAPI document is served openly and names every event type a module publishes. Modules keep
 * their event types as constants in their topic policy (a {@link TopicPolicy}) or their {@code *Events} class, and
 * publish with those constants, never with a string literal; widgets/src/shared/asyncapi.test.mjs validates the
 * document with the AsyncAPI parser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class LiveContractTests {

	private static final Pattern EVENT_TYPE = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

	/** A {@code LiveEvent} made with a string literal as its type: {@code LiveEvent.of(topic, "x.y", …)}. */
	private static final Pattern LITERAL_TYPE = Pattern
		.compile("(?:LiveEvent\\s*\\.\\s*of|new\\s+LiveEvent)\\s*\\(\\s*[^,;]+?,\\s*\"");

	private static final Path SOURCES = Path.of("src/main/java/se/budkavle");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebTestClient client;

	@Test
	void theDocumentIsServedWithoutAToken() {
		this.client.get()
			.uri(LiveContract.PATH)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.asyncapi")
			.isEqualTo("3.0.0")
			.jsonPath("$.channels.live.address")
			.isEqualTo("/api/v1/live")
			.jsonPath("$.info.license.name")
			.isEqualTo("Budkavle licence agreement")
			.jsonPath("$.servers.hub.variables.host")
			.exists();
	}

	@Test
	void theDocumentNamesTheServerAndLicenceTheApiIsConfiguredWith() {
		JsonNode document = LiveContract.document(new ApiProperties("https://intranat.stad.se/budkavle/",
				"Avtal om Budkavle 2026", "LicenseRef-Avtal", "https://intranat.stad.se/avtal"));
		JsonNode hub = document.path("servers").path("hub");
		assertThat(hub.path("host").stringValue("")).isEqualTo("intranat.stad.se");
		assertThat(hub.path("protocol").stringValue("")).isEqualTo("wss");
		assertThat(hub.path("pathname").stringValue("")).isEqualTo("/budkavle/api/v1/live");
		assertThat(hub.has("variables")).as("a host variable left beside a known host").isFalse();
		assertThat(document.path("info").path("license").path("name").stringValue("")).isEqualTo("Avtal om Budkavle 2026");
		assertThat(document.path("info").path("license").path("url").stringValue(""))
			.isEqualTo("https://intranat.stad.se/avtal");
		JsonNode plain = LiveContract.document(new ApiProperties("http://localhost:8080", "Avtal", "LicenseRef-Avtal", ""))
			.path("servers")
			.path("hub");
		assertThat(plain.path("protocol").stringValue("")).isEqualTo("ws");
		assertThat(plain.path("host").stringValue("")).isEqualTo("localhost:8080");
	}

	@Test
	void everyEventTypeAModulePublishesIsInTheDocument() throws Exception {
		Set<String> published = publishedEventTypes();
		assertThat(published).contains("post.published", "comment.created", "reaction.changed",
				"acknowledgement.progress", "question.asked", "question.answered");
		assertThat(documentedEventTypes()).containsAll(published);
	}

	@Test
	void theDocumentNamesNoEventTypeThatNobodyPublishes() throws Exception {
		assertThat(publishedEventTypes()).containsAll(documentedEventTypes());
	}

	@Test
	void modulesPublishWithTheirEventTypeConstantsNotWithLiterals() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = LITERAL_TYPE.matcher(Files.readString(file));
				while (matcher.find()) {
					literals.add(file + ": " + matcher.group());
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	@Test
	void theDocumentDescribesTheCloseCodes() throws Exception {
		String description = document().path("info").path("description").asString();
		for (int code : new int[] { LiveCloseCodes.UNAUTHENTICATED.getCode(), LiveCloseCodes.FORBIDDEN.getCode(),
				LiveCloseCodes.TOO_MANY_SOCKETS.getCode(), LiveCloseCodes.TOO_SLOW.getCode(), 1001 }) {
			assertThat(description).contains("| " + code + " |");
		}
	}

	/** The string constants shaped like event types in the main code's topic policies and {@code *Events} classes. */
	private static Set<String> publishedEventTypes() throws Exception {
		Set<String> types = new TreeSet<>();
		var readers = new CachingMetadataReaderFactory();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:se/budkavle/**/*.class")) {
			if (resource.getURL().toString().contains("/test-classes/")) {
				continue;
			}
			String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
			Class<?> type = Class.forName(name, false, LiveContractTests.class.getClassLoader());
			if (TopicPolicy.class.isAssignableFrom(type) || type.getSimpleName().endsWith("Events")) {
				types.addAll(constants(type));
			}
		}
		return types;
	}

	private static List<String> constants(Class<?> type) throws IllegalAccessException {
		List<String> values = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
				field.setAccessible(true);
				String value = (String) field.get(null);
				if (EVENT_TYPE.matcher(value).matches()) {
					values.add(value);
				}
			}
		}
		return values;
	}

	/** The {@code event} of every event message in the document. */
	private static Set<String> documentedEventTypes() throws IOException {
		Set<String> types = new TreeSet<>();
		document().path("components").path("messages").forEach((message) -> message.path("payload")
			.path("allOf")
			.forEach((part) -> {
				JsonNode event = part.path("properties").path("event").path("const");
				if (event.isString()) {
					types.add(event.asString());
				}
			}));
		return types;
	}

	private static JsonNode document() throws IOException {
		try (InputStream in = new ClassPathResource(LiveContract.DOCUMENT).getInputStream()) {
			return JSON.readTree(in);
		}
	}
}
