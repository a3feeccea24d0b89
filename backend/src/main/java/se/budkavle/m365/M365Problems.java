package se.budkavle.m365;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import se.budkavle.platform.ProblemTable;
import se.budkavle.platform.ProblemTable.Answer;

/**
 * The Microsoft 365 module's outcomes as problem details, for its own controller.
 */
@Configuration(proxyBeanMethods = false)
class M365Problems {

	@Bean
	ProblemTable m365ProblemTable() {
		return ProblemTable.forControllers(DirectorySyncController.class)
			.row(M365NotConfigured.class,
					List.of(notConfigured(HttpStatus.CONFLICT), notConfigured(HttpStatus.NOT_FOUND)),
					(ex, exchange) -> notConfigured(
							starting(exchange) ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND))
			.row(SyncAlreadyRunning.class, HttpStatus.CONFLICT, "sync-already-running",
					"A directory sync is already running")
			.row(SyncRunNotFound.class, HttpStatus.NOT_FOUND, "sync-run-not-found", "Sync run not found");
	}

	private static Answer notConfigured(HttpStatus status) {
		return new Answer(status, "m365-not-configured", "Microsoft 365 is not configured");
	}

	/** Starting a sync conflicts with the configuration; reading runs finds none. */
	private static boolean starting(ServerWebExchange exchange) {
		return HttpMethod.POST.equals(exchange.getRequest().getMethod());
	}
}
