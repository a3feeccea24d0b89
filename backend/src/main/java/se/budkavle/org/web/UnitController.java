package se.budkavle.org.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.platform.Cursor;

/**
 * Units and their members, readable by anyone signed in: an org chart is not secret.
 */
@RestController
class UnitController {

	private static final int DEFAULT_PAGE = 50;

	private final UnitQueries units;

	private final UnitMembers members;

	UnitController(UnitQueries units, UnitMembers members) {
		this.units = units;
		this.members = members;
	}

	@Operation(operationId = "getUnit", summary = "Show a unit",
			description = "For any signed-in person: an org chart is not secret. The unit with its parent, children, managers "
					+ "and deputies and its headcount with subunits. Changes nothing.")
	@GetMapping("/api/v1/units/{id}")
	Mono<UnitView> unit(@PathVariable UUID id) {
		return this.units.unit(id).switchIfEmpty(Mono.error(() -> new UnitNotFound(id)));
	}

	/**
	 * The active members of a unit, by name.
	 * @param id the unit
	 * @param includeSubunits whether to include the people of every unit below (each person once)
	 * @param after the {@code next} cursor of the previous page
	 * @param limit the page size, 1 to 100 (default 50)
	 * @return the page
	 */
	@Operation(operationId = "listUnitMembers", summary = "List a unit's members",
			description = "For any signed-in person. The unit's active members by name, with includeSubunits every unit below "
					+ "too (each person once), paged with after and limit. Changes nothing.")
	@GetMapping("/api/v1/units/{id}/members")
	Mono<MemberPage> members(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean includeSubunits,
			@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
		return this.members.page(id, includeSubunits, after, Cursor.limit(limit, DEFAULT_PAGE));
	}
}
