package se.budkavle.identity;

import java.util.stream.Collectors;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A verified token together with the person it speaks for; roles become {@code ROLE_*} authorities.
 */
class ViewerAuthentication extends AbstractAuthenticationToken {

	private final Viewer viewer;

	private final Jwt token;

	ViewerAuthentication(Viewer viewer, Jwt token) {
		super(viewer.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
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
