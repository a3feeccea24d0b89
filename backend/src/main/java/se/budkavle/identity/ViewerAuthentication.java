package se.budkavle.identity;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A verified token together with the person it speaks for; roles held for the whole organisation become
 * {@code ROLE_*} authorities beside {@code PERSON} (roles held for a subtree only are checked by the routes).
 */
class ViewerAuthentication extends AbstractAuthenticationToken {

	static final String ROLE_PREFIX = "ROLE_";

	/** Held by every signed-in person of the organisation (and not by a bootstrap admin). */
	static final String PERSON = "PERSON";

	private final Viewer viewer;

	private final Jwt token;

	ViewerAuthentication(Viewer viewer, Jwt token) {
		super(Stream.concat(Stream.of(PERSON), viewer.roles().stream().map((role) -> ROLE_PREFIX + role.name()))
			.map(SimpleGrantedAuthority::new)
			.collect(Collectors.toUnmodifiableSet()));
		this.viewer = viewer;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Viewer getPrincipal() {
		return this.viewer;
	}

	@Override
	public Jwt getCredentials() {
		return this.token;
	}

	@Override
	public String getName() {
		return this.viewer.personId().toString();
	}
}
