package se.budkavle.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.IOUtils;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The production image leaves the embedded PostgreSQL's binaries out (deploy/Dockerfile): started there without a
 * database, the hub must say so in one line instead of a stack trace from the library.
 */
class NoEmbeddedBinariesTests {

	@Test
	void theEmbeddedLibraryWithoutItsBinariesFailsWithTheMessageTheAnalyzerExplains() throws Exception {
		try (URLClassLoader withoutBinaries = new URLClassLoader(jarsOf(EmbeddedPostgres.class, StringUtils.class,
				IOUtils.class, TarArchiveInputStream.class, XZInputStream.class, LoggerFactory.class),
				ClassLoader.getPlatformClassLoader())) {
			Class<?> resolver = withoutBinaries
				.loadClass("io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver");
			Object instance = resolver.getField("INSTANCE").get(null);

			assertThatThrownBy(() -> invoke(resolver, instance)).isInstanceOf(IllegalStateException.class)
				.hasMessage(DatabaseFailureAnalyzers.NoEmbeddedBinaries.MISSING_BINARIES);
		}
	}

	@Test
	void aMissingEmbeddedDatabaseIsExplainedInOneLineNamingTheSettings() {
		FailureAnalysis analysis = new DatabaseFailureAnalyzers.NoEmbeddedBinaries()
			.analyze(new IllegalStateException("wrapped",
					new IllegalStateException(DatabaseFailureAnalyzers.NoEmbeddedBinaries.MISSING_BINARIES)));

		assertThat(analysis.getDescription()).isEqualTo(
				"Budkavle has no database: spring.r2dbc.url is not set and this build carries no embedded PostgreSQL.")
			.doesNotContain("\n");
		assertThat(analysis.getAction()).contains("SPRING_R2DBC_URL", "SPRING_FLYWAY_URL");
		assertThat(new DatabaseFailureAnalyzers.NoEmbeddedBinaries().analyze(new IllegalStateException("other")))
			.isNull();
	}

	private static Object invoke(Class<?> resolver, Object instance) throws Throwable {
		try {
			return resolver.getMethod("getPgBinary", String.class, String.class).invoke(instance, "Linux", "x86_64");
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static URL[] jarsOf(Class<?>... classes) {
		return Stream.of(classes)
			.map((type) -> type.getProtectionDomain().getCodeSource().getLocation())
			.toArray(URL[]::new);
	}
}
