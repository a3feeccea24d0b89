package se.budkavle.platform.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL when no database is configured, so the hub runs with one command and keeps its
 * data between runs; with {@code spring.r2dbc.url} set it does nothing and the configured server is used.
 */
class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String DATA_DIRECTORY = "budkavle.database.embedded.data-directory";

	static final String EPHEMERAL = "budkavle.database.embedded.ephemeral";

	static final String PORT = "budkavle.database.embedded.port";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.r2dbc.url")) {
			return;
		}
		var database = EmbeddedDatabase.start(dataDirectory(environment),
				environment.getProperty(EPHEMERAL, Boolean.class, false),
				environment.getProperty(PORT, Integer.class, 0));
		application.addListeners(stopOn(database));
		environment.getPropertySources().addFirst(new MapPropertySource("embeddedDatabase", properties(database)));
	}

	private static Path dataDirectory(ConfigurableEnvironment environment) {
		return Path.of(environment.getProperty(DATA_DIRECTORY, "data/postgres")).toAbsolutePath();
	}

	private static Map<String, Object> properties(EmbeddedDatabase database) {
		return Map.of("spring.r2dbc.url", database.r2dbcUrl(), "spring.r2dbc.username", EmbeddedDatabase.USER,
				"spring.r2dbc.password", "", "spring.flyway.url", database.jdbcUrl(), "spring.flyway.user",
				EmbeddedDatabase.USER, "spring.flyway.password", "");
	}

	private static ApplicationListener<?> stopOn(EmbeddedDatabase database) {
		return event -> {
			if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
				try {
					database.close();
				}
				catch (IOException ex) {
					throw new IllegalStateException("Could not stop the embedded database", ex);
				}
			}
		};
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
