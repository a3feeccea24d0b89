package se.budkavle.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Tests only: every application a test JVM starts with a throwaway embedded database gets a database of its own on
 * one PostgreSQL server shared by the whole JVM, instead of a server of its own (an {@code initdb} and a start each,
 * about 1.5 s on two cores, for each of the suite's ~45 contexts and applications). Databases keep contexts apart:
 * tables, {@code LISTEN}/{@code NOTIFY} and advisory locks are all per database. Each database is a copy of one
 * template migrated once per JVM ({@code create database … template …}), so a context's Flyway finds the schema up
 * to date and only validates it. Tests that need a server of their own (to stop it, or to test the embedded database
 * itself) give {@code spring.r2dbc.url}, a port or {@code budkavle.test.shared-database=false}.
 */
public class SharedTestDatabase implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED = "budkavle.test.shared-database";

	/** The database every other one is copied from: migrated by Flyway once, then never connected to again. */
	private static final String TEMPLATE = "budkavle_template";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean throwaway = environment.getProperty(EmbeddedDatabaseEnvironmentPostProcessor.EPHEMERAL, Boolean.class,
				false);
		if (environment.containsProperty("spring.r2dbc.url") || !throwaway
				|| environment.getProperty(EmbeddedDatabaseEnvironmentPostProcessor.PORT, Integer.class, 0) > 0
				|| !environment.getProperty(ENABLED, Boolean.class, true)) {
			return;
		}
		String database = "budkavle_" + databases.incrementAndGet();
		int port = create(database, TEMPLATE);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("sharedTestDatabase", Map.of("spring.r2dbc.url",
					"r2dbc:postgresql://localhost:" + port + "/" + database, "spring.r2dbc.username",
					EmbeddedDatabase.USER, "spring.r2dbc.password", "", "spring.flyway.url",
					"jdbc:postgresql://localhost:" + port + "/" + database, "spring.flyway.user", EmbeddedDatabase.USER,
					"spring.flyway.password", "")));
	}

	/** A new, empty database on the shared server, for a test that prepares it before a hub starts; its JDBC URL. */
	static String newDatabase() {
		String database = "budkavle_" + databases.incrementAndGet();
		return jdbcUrl(create(database, "template1"), database);
	}

	/**
	 * A new database on the shared server, migrated like the one every test context gets, for tests that start several
	 * hubs on one database from code; its JDBC URL (the hubs' R2DBC URL is the same with {@code r2dbc:}), user
	 * {@code postgres}, no password.
	 */
	public static String newMigratedDatabase() {
		String database = "budkavle_" + databases.incrementAndGet();
		return jdbcUrl(create(database, TEMPLATE), database);
	}

	private static String jdbcUrl(int port, String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
	}

	private static synchronized int create(String database, String template) {
		try {
			if (server == null) {
				Path directory = Files.createTempDirectory("budkavle-test-pg");
				server = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(false)
					.setServerConfig("max_connections", "1000")
					.start();
				EmbeddedPostgres started = server;
				Runtime.getRuntime()
					.addShutdownHook(new Thread(() -> stop(started, directory), "shared-test-database-stop"));
				migrateTemplate(started);
			}
			try (var connection = server.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create database " + database + " template " + template);
			}
			return server.getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the shared test PostgreSQL", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + database, ex);
		}
	}

	/**
	 * Creates the template and migrates it with the hub's own migrations and locations and out-of-order setting ({@code application.yml}), then
	 * closes it to connections: {@code create database … template …} needs the template to have none.
	 */
	private static void migrateTemplate(EmbeddedPostgres started) throws SQLException {
		try (var connection = started.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create database " + TEMPLATE);
		}
		Flyway.configure()
			.dataSource(jdbcUrl(started.getPort(), TEMPLATE), EmbeddedDatabase.USER, "")
			.locations("classpath:db/migration")
			.outOfOrder(true)
			.load()
			.migrate();
		try (var connection = started.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("alter database " + TEMPLATE + " with is_template true allow_connections false");
		}
	}

	/**
	 * Stops the server and has its data removed by a process of its own: deleting the tens of thousands of files of
	 * the suite's databases from this shutdown hook took longer than Surefire waits for the JVM to exit.
	 */
	private static void stop(EmbeddedPostgres started, Path directory) {
		try {
			started.close();
			new ProcessBuilder("rm", "-rf", directory.toString()).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Before the embedded database's own post-processor, which then finds a database configured and does nothing. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}
}
