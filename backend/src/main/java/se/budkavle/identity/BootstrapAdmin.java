package se.budkavle.identity;

import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A break-glass administrator named in {@code budkavle.identity.bootstrap-admins}, admitted to the directory import
 * routes only and only while no active administrator exists, so that the first directory file can be imported by
 * someone who is not in it yet.
 */
class BootstrapAdmin extends AbstractAuthenticationToken {

	static final String AUTHORITY = "ROLE_BOOTSTRAP_ADMIN";

	private final String name;

	private final Jwt token;

	BootstrapAdmin(String name, Jwt token) {
		super(Set.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.name = name;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public String getPrincipal() {
		return this.name;
	}

	@Override
	public Jwt getCredentials() {
		return this.token;
	}

	@Override
	public String getName() {
		return this.name;
	}
}
