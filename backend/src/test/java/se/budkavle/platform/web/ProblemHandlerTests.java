package se.budkavle.platform.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebInputException;

import se.budkavle.platform.ProblemTable;
import se.budkavle.platform.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one problem handler answers a module's outcome from the row of the module's table, for the controllers the table
 * names, and everything else as the global fallback does.
 */
class ProblemHandlerTests {

	private final ProblemTable table = ProblemTable.forControllers(TableController.class)
		.row(ThingNotFound.class, HttpStatus.NOT_FOUND, "thing-not-found", "Thing not found")
		.row(ThingGone.class, HttpStatus.GONE, "thing-gone", "Thing gone",
				(row) -> row.detail((ex) -> ex.getMessage() + "; nothing was changed.")
					.member("thingId", ThingGone::thingId)
					.header(HttpHeaders.RETRY_AFTER, (ex) -> "7"));

	private final ProblemHandler handler = handler(this.table);

	@Test
	void anOutcomeInTheTableAnswersWithItsRowsStatusTypeTitleDetailMembersAndHeaders() {
		ResponseEntity<Object> answer = answer(new ThingGone("t-1"), TableController.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.GONE);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
		ProblemDetail problem = (ProblemDetail) answer.getBody();
		assertThat(problem.getType()).isEqualTo(Problems.type("thing-gone"));
		assertThat(problem.getTitle()).isEqualTo("Thing gone");
		assertThat(problem.getStatus()).isEqualTo(410);
		assertThat(problem.getDetail()).isEqualTo("Thing t-1 is gone; nothing was changed.");
		assertThat(problem.getProperties()).containsEntry("thingId", "t-1");
	}

	@Test
	void aSubclassOrACauseInTheTableAnswersWithTheNearestRowAndTheMessageAsDetail() {
		ResponseEntity<Object> subclass = answer(new ThingNotFoundHere("nowhere"), TableController.class);
		ResponseEntity<Object> cause = answer(new IllegalStateException("wrapped", new ThingNotFound("lost")),
				TableController.class);

		assertThat(((ProblemDetail) subclass.getBody()).getType()).isEqualTo(Problems.type("thing-not-found"));
		assertThat(((ProblemDetail) cause.getBody()).getType()).isEqualTo(Problems.type("thing-not-found"));
		assertThat(((ProblemDetail) cause.getBody()).getDetail()).isEqualTo("lost");
	}

	@Test
	void anExceptionInNoTableFallsBackToTheGlobalAnswers() {
		ResponseEntity<Object> unexpected = answer(new IllegalStateException("a broken invariant"),
				TableController.class);
		ResponseEntity<Object> tooLarge = answer(new DataBufferLimitException("too much"), TableController.class);
		ResponseEntity<Object> unreadable = answer(new ServerWebInputException("no body"), TableController.class);

		assertThat(unexpected.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(((ProblemDetail) unexpected.getBody()).getType()).isEqualTo(Problems.type("internal"));
		assertThat(((ProblemDetail) unexpected.getBody()).getDetail()).doesNotContain("invariant");
		assertThat(((ProblemDetail) tooLarge.getBody()).getType()).isEqualTo(Problems.type("too-large"));
		assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(((ProblemDetail) unreadable.getBody()).getType()).isEqualTo(Problems.type("invalid-request"));
	}

	@Test
	void aTablesOutcomeRaisedInAControllerTheTableDoesNotNameFallsBack() {
		ResponseEntity<Object> answer = answer(new ThingNotFound("lost"), OtherController.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	@Test
	void theTableListsEveryRowsAnswersAndMembersForTheApiDocument() {
		assertThat(this.table.rows().stream().map(ProblemTable.Row::exception).map(Class::getSimpleName))
			.containsExactly("ThingNotFound", "ThingGone");
		assertThat(this.table.rows().get(1).answers())
			.containsExactly(new ProblemTable.Answer(HttpStatus.GONE, "thing-gone", "Thing gone"));
		assertThat(this.table.rows().get(1).members()).containsExactly("thingId");
		assertThat(this.table.appliesTo(TableController.class)).isTrue();
		assertThat(this.table.appliesTo(OtherController.class)).isFalse();
	}

	private ResponseEntity<Object> answer(Exception ex, Class<?> controller) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/things"));
		exchange.getAttributes().put(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handlerOf(controller));
		return this.handler.answer(ex, exchange).block(Duration.ofSeconds(5));
	}

	private static HandlerMethod handlerOf(Class<?> controller) {
		try {
			return new HandlerMethod(controller.getDeclaredConstructor().newInstance(), "get");
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ProblemHandler handler(ProblemTable table) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("table", table);
		return new ProblemHandler(beans.getBeanProvider(ProblemTable.class),
				new FallbackProblemHandler(new UnavailableHandler(ServerCodecConfigurer.create())));
	}

	static class TableController {

		public String get() {
			return "";
		}
	}

	static class OtherController {

		public String get() {
			return "";
		}
	}

	static class ThingNotFound extends RuntimeException {

		ThingNotFound(String message) {
			super(message);
		}
	}

	static class ThingNotFoundHere extends ThingNotFound {

		ThingNotFoundHere(String message) {
			super(message);
		}
	}

	static class ThingGone extends RuntimeException {

		private final String thingId;

		ThingGone(String thingId) {
			super("Thing " + thingId + " is gone");
			this.thingId = thingId;
		}

		String thingId() {
			return this.thingId;
		}
	}
}
