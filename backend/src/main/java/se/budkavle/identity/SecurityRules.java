package se.budkavle.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The one security filter chain of the hub: bearer tokens only, no sessions; the demo page, widget files, health and
 * API docs are open, Prometheus is open on the separate management port only, the admin API needs the admin role for
 * the whole organisation (an admin of a subtree is refused it) and everything else a signed-in person; the routes
 * themselves check roles held for a subtree.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityRules {

	static final String[] OPEN = { "/", "/index.html", "/demo/**", "/widgets/**", "/accessibility", "/privacy",
			"/favicon.ico", "/actuator/health/**", "/livez", "/readyz", "/v3/api-docs/**", "/api-reference",
			"/api-reference.js",
			// Browsers cannot set headers on a WebSocket: the live gateway authenticates inside its own protocol.
			"/api/v1/live",
			// The live protocol's AsyncAPI document, open like /v3/api-docs.
			"/api/v1/live/asyncapi.json",
			// The name widgets call the service in their messages, needed when signing in has failed.
			"/api/v1/ui",
			// Links sent before the link templates: they redirect to where the templates lead (delivery's OldLinks).
			"/posts/*", "/crises/*" };

	/** Signed image links: the signature in the URL is the permission, so images show in e-mail and in img tags. */
	static final String OPEN_IMAGES = "/api/v1/attachments/*";

	/** What a bootstrap admin may do: import the directory (and see its preview and history), nothing else. */
	static final String[] DIRECTORY_IMPORT = { "/api/v1/admin/directory/imports", "/api/v1/admin/directory/imports/**",
			"/api/v1/admin/directory/previews", "/api/v1/admin/directory/history" };

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ViewerMapping viewerMapping, SecurityProblems problems, IdentityProperties properties,
			Environment environment) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.cors((cors) -> cors.configurationSource(CrossOrigin.forApiAndWidgets(properties.allowedOrigins())))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(OPEN)
				.permitAll()
				.matchers(new AndServerWebExchangeMatcher(
						ServerWebExchangeMatchers.pathMatchers("/actuator/prometheus"), new ManagementPort(environment)))
				.permitAll()
				// An <img> cannot send a token: images in posts are served at links the hub signs for their readers.
				.pathMatchers(HttpMethod.GET, OPEN_IMAGES)
				.permitAll()
				.pathMatchers(DIRECTORY_IMPORT)
				.hasAnyAuthority(ViewerAuthentication.ROLE_PREFIX + Role.ADMIN.name(), BootstrapAdmin.AUTHORITY)
				.pathMatchers("/api/v1/admin/**")
				.hasRole(Role.ADMIN.name())
				.pathMatchers("/api/**")
				.hasAuthority(ViewerAuthentication.PERSON)
				.anyExchange()
				.hasAuthority(ViewerAuthentication.PERSON))
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(viewerMapping))
				.authenticationEntryPoint(problems)
				.authenticationFailureHandler(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}
}
