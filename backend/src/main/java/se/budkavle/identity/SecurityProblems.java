package se.budkavle.identity;

import java.net.URI;
import java.util.Map;

import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import se.budkavle.platform.Problems;

/**
 * Answers requests the security chain turns away with problem details: 401 {@code unauthenticated} (with a
 * {@code WWW-Authenticate: Bearer} challenge), 403 {@code forbidden}, 403 {@code unknown-person} and 403
 * {@code email-not-verified}.
 */
@Component
class SecurityProblems
		implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler, ServerAuthenticationFailureHandler {

	private static final ResolvableType PROBLEM = ResolvableType.forClass(ProblemDetail.class);

	private final ServerCodecConfigurer codecs;

	SecurityProblems(ServerCodecConfigurer codecs) {
		this.codecs = codecs;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		boolean tokenGiven = failure instanceof OAuth2AuthenticationException;
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer");
		String detail = tokenGiven ? "The bearer token is not valid here: expired, wrongly signed or issued for "
				+ "another issuer or audience." : "This needs a bearer token.";
		return write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in", detail));
	}

	@Override
	public Mono<Void> onAuthenticationFailure(WebFilterExchange filterExchange, AuthenticationException failure) {
		if (failure instanceof EmailNotVerified) {
			return write(filterExchange.getExchange(), Problems.of(HttpStatus.FORBIDDEN, "email-not-verified",
					"E-mail address not verified", failure.getMessage() + "."));
		}
		if (failure instanceof UnknownPerson) {
			return write(filterExchange.getExchange(), Problems.of(HttpStatus.FORBIDDEN, "unknown-person",
					"Not in the organisation", failure.getMessage() + "."));
		}
		return commence(filterExchange.getExchange(), failure);
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return write(exchange, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"You are signed in, but this needs a role you do not have."));
	}

	@SuppressWarnings("unchecked")
	private Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		var response = exchange.getResponse();
		response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
		var writer = (HttpMessageWriter<ProblemDetail>) this.codecs.getWriters()
			.stream()
			.filter((candidate) -> candidate.canWrite(PROBLEM, MediaType.APPLICATION_PROBLEM_JSON))
			.findFirst()
			.orElseThrow();
		return writer.write(Mono.just(problem), PROBLEM, MediaType.APPLICATION_PROBLEM_JSON, response, Map.of());
	}
}
