package se.budkavle.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;

/**
 * Turns a verified token into a {@link Viewer}: the person named by the configured claim, with the realm roles the
 * token carries (role names the hub does not know are ignored).
 */
@Component
class ViewerMapping implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

	private static final Map<String, Role> ROLES = Arrays.stream(Role.values())
		.collect(Collectors.toUnmodifiableMap(Role::realmRole, (role) -> role));

	private final Organisation organisation;

	private final IdentityProperties properties;

	ViewerMapping(Organisation organisation, IdentityProperties properties) {
		this.organisation = organisation;
		this.properties = properties;
	}

	@Override
	public Mono<AbstractAuthenticationToken> convert(Jwt token) {
		return person(token).filter(Person::active)
			.switchIfEmpty(Mono.error(() -> new UnknownPerson(this.properties.personClaim())))
			.map((person) -> new ViewerAuthentication(viewer(person, token), token));
	}

	private Mono<Person> person(Jwt token) {
		Object claim = token.getClaims().get(this.properties.personClaim());
		if (!(claim instanceof String value) || value.isBlank()) {
			return Mono.empty();
		}
		return this.properties.linksByEmail() ? this.organisation.personByEmail(value)
				: this.organisation.personByExternalId(value);
	}

	private Viewer viewer(Person person, Jwt token) {
		return new Viewer(person.id(), person.displayName(), person.email(), roles(token));
	}

	private Set<Role> roles(Jwt token) {
		return ClaimPath.strings(token.getClaims(), this.properties.rolesClaim())
			.stream()
			.map((name) -> ROLES.get(name.toLowerCase(Locale.ROOT)))
			.filter(Objects::nonNull)
			.collect(Collectors.toUnmodifiableSet());
	}
}
