package se.budkavle.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Role;
import se.budkavle.identity.RoleGrant;
import se.budkavle.identity.RoleGrants;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Cursor;

/**
 * The role table for administrators: who holds which role where, and giving and withdrawing roles within the scope the
 * administrator holds their own role for.
 */
@RestController
class RoleController {

	private static final int DEFAULT_LIMIT = 50;

	private static final int CHOICES = 20;

	private final RoleGrants grants;

	RoleController(RoleGrants grants) {
		this.grants = grants;
	}

	/** One page of the standing grants, oldest first. */
	record GrantPage(List<RoleGrant> items, String next) {
	}

	@GetMapping("/api/v1/roles")
	Mono<GrantPage> page(@RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		int size = RoleParameters.limit(limit, DEFAULT_LIMIT);
		Cursor cursor = (after != null) ? Cursor.parse(after, 2) : null;
		Instant afterAt = (cursor != null) ? cursor.instant(0) : Instant.EPOCH;
		UUID afterId = (cursor != null) ? cursor.uuid(1) : new UUID(0, 0);
		return Viewers.current()
			.flatMap((admin) -> this.grants.page(admin, afterAt, afterId, size + 1).collectList())
			.map((rows) -> {
				var shown = rows.subList(0, Math.min(size, rows.size()));
				String next = (rows.size() > size) ? Cursor
					.of(shown.get(size - 1).grant().grantedAt().toString(), shown.get(size - 1).id().toString())
					.token() : null;
				return new GrantPage(shown.stream().map(RoleGrants.Paged::grant).toList(), next);
			});
	}

	@GetMapping("/api/v1/roles/people")
	Mono<List<RoleGrants.Choice>> people(@RequestParam(required = false) String q) {
		return Viewers.current().flatMap((admin) -> this.grants.people(admin, q, CHOICES).collectList());
	}

	@GetMapping("/api/v1/roles/units")
	Mono<List<RoleGrants.Choice>> units(@RequestParam(required = false) String q) {
		return Viewers.current().flatMap((admin) -> this.grants.units(admin, q, CHOICES).collectList());
	}

	@PutMapping("/api/v1/roles/{personId}/{role}")
	Mono<ResponseEntity<RoleGrant>> give(@PathVariable UUID personId, @PathVariable String role,
			@RequestParam(required = false) UUID unitId) {
		Role parsed = RoleParameters.role(role);
		return Viewers.current()
			.flatMap((admin) -> this.grants.give(admin, personId, parsed, unitId))
			.map((given) -> ResponseEntity.status(given.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(given.grant()));
	}

	@DeleteMapping("/api/v1/roles/{personId}/{role}")
	Mono<ResponseEntity<Void>> withdraw(@PathVariable UUID personId, @PathVariable String role,
			@RequestParam(required = false) UUID unitId) {
		Role parsed = RoleParameters.role(role);
		return Viewers.current()
			.flatMap((admin) -> this.grants.withdraw(admin, personId, parsed, unitId))
			.then(Mono.just(ResponseEntity.noContent().build()));
	}
}
