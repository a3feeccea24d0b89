package se.budkavle.org.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgProperties;

/**
 * Applies the directory file named by {@code budkavle.org.import-file} when the hub starts, so an organisation can be
 * loaded from an HR export without calling the API; a rejected file stops the start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryFileOnStartup implements ApplicationRunner {

	private final DirectoryImports imports;

	private final Path file;

	DirectoryFileOnStartup(DirectoryImports imports, OrgProperties properties) {
		this.imports = imports;
		this.file = properties.importFile();
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (this.file == null) {
			return;
		}
		String source = this.file.toString();
		// Runners are called on the main thread, not an event-loop thread, and start-up must not go on (nor the
		// hub serve requests) before the organisation is loaded or the file refused: waiting here is intended.
		this.imports.applyFile(read(this.file), source, null).block();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			throw new DirectoryFileUnreadable(file, "it is not UTF-8 text");
		}
		catch (IOException ex) {
			throw new DirectoryFileUnreadable(file, (ex instanceof java.nio.file.NoSuchFileException)
					? "there is no such file" : ex.getMessage());
		}
	}

	/** Raised when the start-up directory file cannot be read. */
	static class DirectoryFileUnreadable extends UncheckedIOException {

		DirectoryFileUnreadable(Path file, String reason) {
			super("The directory file " + file.toAbsolutePath() + " (budkavle.org.import-file) cannot be read: "
					+ reason, new IOException(reason));
		}
	}
}
