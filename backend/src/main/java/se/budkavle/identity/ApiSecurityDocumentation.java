package se.budkavle.identity;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import se.budkavle.platform.api.ProblemResponses;

/**
 * What the API document says about signing in, from the same rules the security chain applies: a bearer token from
 * the organisation's identity provider everywhere (its OpenID Connect discovery document where an issuer is
 * configured), open routes marked as needing none, and the sign-in problems every other operation can answer with.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityDocumentation {

	static final String BEARER = "bearer";

	static final String OIDC = "oidc";

	@Bean
	OpenApiCustomizer signInDocumentation(IdentityProperties properties) {
		List<PathPattern> open = openPatterns();
		return (openApi) -> {
			describeSchemes(openApi, properties);
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> document(openApi, operation, isOpen(open, path, method))));
		};
	}

	private static void describeSchemes(OpenAPI openApi, IdentityProperties properties) {
		openApi.getComponents()
			.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("JWT")
				.description("An access token from the organisation's identity provider, for the audience "
						+ properties.audience() + ". The hub links it to a person in the organisation by its subject."));
		List<SecurityRequirement> security = new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER)));
		if (properties.issuerUri() != null && !properties.issuerUri().isBlank()) {
			openApi.getComponents()
				.addSecuritySchemes(OIDC, new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
					.openIdConnectUrl(properties.issuerUri().replaceAll("/+$", "")
							+ "/.well-known/openid-configuration")
					.description("The same token, found through the issuer's OpenID Connect discovery document."));
			security.add(new SecurityRequirement().addList(OIDC));
		}
		openApi.setSecurity(security);
	}

	private static void document(OpenAPI openApi, Operation operation, boolean open) {
		if (open) {
			operation.setSecurity(new ArrayList<>());
			return;
		}
		ProblemResponses.add(openApi, operation, HttpStatus.UNAUTHORIZED.value(), "unauthenticated", "Not signed in");
		ProblemResponses.add(openApi, operation, HttpStatus.FORBIDDEN.value(), "forbidden", "Forbidden");
		ProblemResponses.add(openApi, operation, HttpStatus.FORBIDDEN.value(), "unknown-person", "Not in the organisation");
		ProblemResponses.add(openApi, operation, HttpStatus.FORBIDDEN.value(), "email-not-verified",
				"E-mail address not verified");
	}

	private static List<PathPattern> openPatterns() {
		List<PathPattern> patterns = new ArrayList<>();
		for (String pattern : SecurityRules.OPEN) {
			patterns.add(PathPatternParser.defaultInstance.parse(pattern));
		}
		return patterns;
	}

	private static boolean isOpen(List<PathPattern> open, String path, PathItem.HttpMethod method) {
		PathContainer container = PathContainer.parsePath(path);
		if (method == PathItem.HttpMethod.GET
				&& PathPatternParser.defaultInstance.parse(SecurityRules.OPEN_IMAGES).matches(container)) {
			return true;
		}
		return open.stream().anyMatch((pattern) -> pattern.matches(container));
	}
}
