package se.budkavle.platform.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server started from the binaries on the classpath, holding an exclusive lock on its data directory so
 * that a second instance fails fast instead of corrupting it.
 */
final class EmbeddedDatabase implements Closeable {

	static final String USER = "postgres";

	static final String DATABASE = "budkavle";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final Path dataDirectory;

	private final boolean ephemeral;

	private boolean closed;

	private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Path dataDirectory,
			boolean ephemeral) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.dataDirectory = dataDirectory;
		this.ephemeral = ephemeral;
	}

	static EmbeddedDatabase start(Path configuredDirectory, boolean ephemeral, int port) {
		try {
			Path dataDirectory = ephemeral ? Files.createTempDirectory("budkavle-pg") : configuredDirectory;
			Files.createDirectories(dataDirectory.getParent());
			FileChannel channel = FileChannel.open(lockFile(dataDirectory), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new EmbeddedDatabaseInUse(dataDirectory);
			}
			try {
				EmbeddedPostgres postgres = postgres(dataDirectory, port);
				createDatabaseIfMissing(postgres);
				return new EmbeddedDatabase(postgres, channel, lock, dataDirectory, ephemeral);
			}
			catch (IOException | RuntimeException ex) {
				lock.release();
				channel.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded database in " + configuredDirectory, ex);
		}
	}

	private static EmbeddedPostgres postgres(Path dataDirectory, int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false);
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	/**
	 * Removes a throwaway data directory once PostgreSQL has really gone: its server can outlive the stop request by
	 * a moment and keep writing into the directory, so the removal waits for the pid file to disappear.
	 */
	private static void deleteWhenStopped(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
		while (Files.exists(pidFile) && System.nanoTime() < deadline) {
			LockSupport.parkNanos(POLL_INTERVAL.toNanos());
		}
		FileSystemUtils.deleteRecursively(dataDirectory);
		Files.deleteIfExists(lockFile(dataDirectory));
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// Another instance in this same JVM holds it: just as much "in use" as another process.
			return null;
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

	Path dataDirectory() {
		return this.dataDirectory;
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
			if (this.ephemeral) {
				deleteWhenStopped(this.dataDirectory);
			}
		}
	}
}
