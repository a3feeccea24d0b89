package se.budkavle.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;

/**
 * Turns a verified token into a {@link Viewer}: the person named by the configured claim, with the realm roles the
 * token carries under their configured names (for the whole organisation), entries {@code role@unit} of that claim
 * or of the scoped roles claim (for the unit's subtree) and the role table's grants (role names the hub does not know
 * are ignored); or, for a configured bootstrap admin while no administrator exists, a {@link BootstrapAdmin}. Viewers
 * are kept in the {@link ViewerCache} for the token's next requests.
 */
@Component
class ViewerMapping implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

	private final Organisation organisation;

	private final IdentityProperties properties;

	private final KnownAdmins admins;

	private final RoleScopes scopes;

	private final Map<String, Role> roles;

	private final ViewerCache cache;

	ViewerMapping(Organisation organisation, IdentityProperties properties, KnownAdmins admins, RoleScopes scopes,
			ViewerCache cache) {
		this.organisation = organisation;
		this.cache = cache;
		this.properties = properties;
		this.admins = admins;
		this.scopes = scopes;
		this.roles = Arrays.stream(Role.values())
			.collect(Collectors.toUnmodifiableMap((role) -> properties.roleName(role).toLowerCase(Locale.ROOT),
					Function.identity()));
	}

	@Override
	public Mono<AbstractAuthenticationToken> convert(Jwt token) {
		ViewerAuthentication cached = this.cache.get(token);
		if (cached != null) {
			return Mono.just(cached);
		}
		long lookedUpAt = this.cache.generation();
		return lookUp(token).doOnNext((authentication) -> {
			if (authentication instanceof ViewerAuthentication viewer) {
				this.cache.put(token, viewer, lookedUpAt);
			}
		});
	}

	private Mono<AbstractAuthenticationToken> lookUp(Jwt token) {
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
		return this.scopes.of(person.id(), roles(token), scopedRoles(token)).flatMap((scopes) -> {
			Viewer viewer = new Viewer(person.id(), person.displayName(), person.email(), scopes);
			// Only administrators of the whole organisation count for the directory import's last-admin check.
			Mono<Void> remembered = viewer.hasRole(Role.ADMIN) ? this.admins.remember(person.id()) : Mono.empty();
			return remembered.thenReturn(new ViewerAuthentication(viewer, token));
		});
	}

	private Mono<AbstractAuthenticationToken> bootstrap(Jwt token) {
		String value = personClaim(token);
		if (value == null || !this.properties.isBootstrapAdmin(value)) {
			return Mono.empty();
		}
		return this.admins.anyActive().filter((exists) -> !exists).map((none) -> new BootstrapAdmin(value, token));
	}

	/** Every role entry of the token: the realm roles claim and the scoped roles claim together. */
	private Stream<String> entries(Jwt token) {
		return Stream.concat(ClaimPath.strings(token.getClaims(), this.properties.rolesClaim()).stream(),
				ClaimPath.strings(token.getClaims(), this.properties.scopedRolesClaim()).stream());
	}

	/** Entries without a unit: roles for the whole organisation; names the hub does not know are ignored. */
	private Set<Role> roles(Jwt token) {
		return entries(token).filter((entry) -> entry.indexOf('@') < 0)
			.map(this::role)
			.filter(Objects::nonNull)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Entries {@code role@unit}: roles for the unit's subtree; malformed entries and unknown roles are ignored. */
	private List<RoleScopes.ScopedRoleClaim> scopedRoles(Jwt token) {
		return entries(token).map(ViewerMapping::split)
			.filter(Objects::nonNull)
			.map((parts) -> (role(parts[0]) != null) ? new RoleScopes.ScopedRoleClaim(role(parts[0]), parts[1]) : null)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	private static String[] split(String entry) {
		int at = entry.indexOf('@');
		if (at <= 0 || at == entry.length() - 1) {
			return null;
		}
		return new String[] { entry.substring(0, at), entry.substring(at + 1).strip() };
	}

	private Role role(String name) {
		return this.roles.get(name.strip().toLowerCase(Locale.ROOT));
	}
}
