package se.budkavle.m365;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;
import se.budkavle.platform.ProblemTable.Answer;

/**
 * The Microsoft 365 module's outcomes as problem details, for its own controller.
 */
@Configuration(proxyBeanMethods = false)
class M365Problems {

	/** Starting a sync conflicts with the configuration; reading runs finds none. */
	private static final Answer NOT_CONFIGURED_TO_START = new Answer(HttpStatus.CONFLICT, "m365-not-configured",
			"Microsoft 365 is not configured");

	private static final Answer NOT_CONFIGURED_TO_READ = new Answer(HttpStatus.NOT_FOUND, "m365-not-configured",
			"Microsoft 365 is not configured");

	@Bean
	ProblemTable m365ProblemTable() {
		return ProblemTable.forControllers(DirectorySyncController.class)
			.row(M365NotConfigured.class, List.of(NOT_CONFIGURED_TO_START, NOT_CONFIGURED_TO_READ),
					(ex, exchange) -> HttpMethod.POST.equals(exchange.getRequest().getMethod())
							? NOT_CONFIGURED_TO_START : NOT_CONFIGURED_TO_READ)
			.row(SyncAlreadyRunning.class, HttpStatus.CONFLICT, "sync-already-running",
					"A directory sync is already running")
			.row(SyncRunNotFound.class, HttpStatus.NOT_FOUND, "sync-run-not-found", "Sync run not found");
	}
}
