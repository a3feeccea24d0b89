package se.budkavle.platform.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server started from the binaries on the classpath, holding an exclusive lock on its data directory so
 * that a second instance fails fast instead of corrupting it.
 */
final class EmbeddedDatabase implements Closeable {

	static final String USER = "postgres";

	static final String DATABASE = "budkavle";

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final Path ephemeralDirectory;

	private boolean closed;

	private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock,
			Path ephemeralDirectory) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.ephemeralDirectory = ephemeralDirectory;
	}

	static EmbeddedDatabase start(Path configuredDirectory, boolean ephemeral, int port) {
		try {
			Path dataDirectory = ephemeral ? Files.createTempDirectory("budkavle-pg") : configuredDirectory;
			Files.createDirectories(dataDirectory.getParent());
			FileChannel channel = FileChannel.open(lockFile(dataDirectory), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw new EmbeddedDatabaseInUse(dataDirectory);
			}
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.start();
			createDatabaseIfMissing(postgres);
			return new EmbeddedDatabase(postgres, channel, lock, ephemeral ? dataDirectory : null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded database in " + configuredDirectory, ex);
		}
	}

	private static Path lockFile(Path dataDirectory) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				connection.createStatement().execute("create database " + DATABASE);
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the database " + DATABASE, ex);
		}
	}

	String r2dbcUrl() {
		return "r2dbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	@Override
	public synchronized void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.postgres.close();
		}
		finally {
			this.lock.release();
			this.lockChannel.close();
			if (this.ephemeralDirectory != null) {
				FileSystemUtils.deleteRecursively(this.ephemeralDirectory);
				Files.deleteIfExists(lockFile(this.ephemeralDirectory));
			}
		}
	}
}
