package se.budkavle.platform.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static org.awaitility.Awaitility.await;

/**
 * A real PostgreSQL of the test's own, on a fixed port and data directory, that the test can stop and start again:
 * stopping it ends every connection the way a server restart or failover does.
 */
final class RestartableDatabase implements Closeable {

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres postgres;

	private RestartableDatabase(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory;
		this.port = port;
	}

	static RestartableDatabase started() {
		try (ServerSocket socket = new ServerSocket(0)) {
			RestartableDatabase database = new RestartableDatabase(Files.createTempDirectory("budkavle-restartable"),
					socket.getLocalPort());
			socket.close();
			database.start();
			return database;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Points the hub at this database instead of the embedded one. */
	void register(DynamicPropertyRegistry registry) {
		registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://localhost:" + this.port + "/postgres");
		registry.add("spring.r2dbc.username", () -> "postgres");
		registry.add("spring.r2dbc.password", () -> "");
		registry.add("spring.flyway.url", this::jdbcUrl);
		registry.add("spring.flyway.user", () -> "postgres");
		registry.add("spring.flyway.password", () -> "");
	}

	synchronized void stop() throws IOException {
		this.postgres.close();
		this.postgres = null;
	}

	/** Starts the server again on the same port and data, and returns once it accepts connections. */
	synchronized void start() throws IOException {
		this.postgres = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(this.port)
			.start();
		await().atMost(Duration.ofSeconds(60)).until(this::acceptsConnections);
	}

	synchronized void ensureStarted() throws IOException {
		if (this.postgres == null) {
			start();
		}
	}

	private boolean acceptsConnections() {
		try (var connection = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	@Override
	public synchronized void close() throws IOException {
		if (this.postgres != null) {
			stop();
		}
		FileSystemUtils.deleteRecursively(this.dataDirectory);
	}
}
