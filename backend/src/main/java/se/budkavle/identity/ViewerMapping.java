package se.budkavle.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;

/**
 * Turns a verified token into a {@link Viewer}: the person named by the configured claim, with the roles the token
 * carries under their configured names (role names the hub does not know are ignored); or, for a configured bootstrap
 * admin while no administrator exists, a {@link BootstrapAdmin}.
 */
@Component
class ViewerMapping implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

	private final Organisation organisation;

	private final IdentityProperties properties;

	private final KnownAdmins admins;

	private final Map<String, Role> roles;

	ViewerMapping(Organisation organisation, IdentityProperties properties, KnownAdmins admins) {
		this.organisation = organisation;
		this.properties = properties;
		this.admins = admins;
		this.roles = Arrays.stream(Role.values())
			.collect(Collectors.toUnmodifiableMap((role) -> properties.roleName(role).toLowerCase(Locale.ROOT),
					Function.identity()));
	}

	@Override
	public Mono<AbstractAuthenticationToken> convert(Jwt token) {
		if (this.properties.linksByEmail() && this.properties.requireVerifiedEmail() && !emailVerified(token)) {
			return Mono.error(new EmailNotVerified());
		}
		return person(token).filter(Person::active)
			.flatMap((person) -> viewer(person, token))
			.switchIfEmpty(Mono.defer(() -> bootstrap(token)))
			.switchIfEmpty(Mono.error(() -> new UnknownPerson(this.properties.personClaim())));
	}

	private static boolean emailVerified(Jwt token) {
		Object verified = token.getClaims().get(IdentityProperties.EMAIL_VERIFIED_CLAIM);
		return Boolean.TRUE.equals(verified) || "true".equals(verified);
	}

	private Mono<Person> person(Jwt token) {
		String value = personClaim(token);
		if (value == null) {
			return Mono.empty();
		}
		return this.properties.linksByEmail() ? this.organisation.personByEmail(value)
				: this.organisation.personByExternalId(value);
	}

	private String personClaim(Jwt token) {
		Object claim = token.getClaims().get(this.properties.personClaim());
		return (claim instanceof String value && !value.isBlank()) ? value : null;
	}

	private Mono<AbstractAuthenticationToken> viewer(Person person, Jwt token) {
		Viewer viewer = new Viewer(person.id(), person.displayName(), person.email(), roles(token));
		Mono<Void> remembered = viewer.roles().contains(Role.ADMIN) ? this.admins.remember(person.id()) : Mono.empty();
		return remembered.thenReturn(new ViewerAuthentication(viewer, token));
	}

	private Mono<AbstractAuthenticationToken> bootstrap(Jwt token) {
		String value = personClaim(token);
		if (value == null || !this.properties.isBootstrapAdmin(value)) {
			return Mono.empty();
		}
		return this.admins.anyActive().filter((exists) -> !exists).map((none) -> new BootstrapAdmin(value, token));
	}

	private Set<Role> roles(Jwt token) {
		return ClaimPath.strings(token.getClaims(), this.properties.rolesClaim())
			.stream()
			.map((name) -> this.roles.get(name.toLowerCase(Locale.ROOT)))
			.filter(Objects::nonNull)
			.collect(Collectors.toUnmodifiableSet());
	}
}
