package se.budkavle.platform.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class FallbackProblemHandlerTests {

	private final FallbackProblemHandler handler = new FallbackProblemHandler(
			new UnavailableHandler(ServerCodecConfigurer.create()));

	private final MockServerWebExchange exchange = MockServerWebExchange
		.from(MockServerHttpRequest.post("/api/v1/posts"));

	@Test
	void aClientThatWentAwayIsNoErrorInTheLogAndNoServerError(CapturedOutput output) {
		ResponseEntity<ProblemDetail> answer = this.handler.unexpected(new IOException("Connection reset by peer"),
				this.exchange);

		assertThat(answer.getStatusCode().value()).isEqualTo(499);
		assertThat(output.getOut() + output.getErr()).doesNotContain("ERROR")
			.doesNotContain("Unexpected error")
			.doesNotContain("\tat ");
	}

	@Test
	void anUnexpectedFailureIsStillLoggedAsAnErrorWithItsStackTrace(CapturedOutput output) {
		ResponseEntity<ProblemDetail> answer = this.handler.unexpected(new IllegalStateException("a broken invariant"),
				this.exchange);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(output.getOut() + output.getErr()).contains("ERROR")
			.contains("Unexpected error while handling POST /api/v1/posts")
			.contains("java.lang.IllegalStateException: a broken invariant")
			.contains("\tat ");
	}
}
