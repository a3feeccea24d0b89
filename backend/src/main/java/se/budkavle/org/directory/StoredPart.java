package se.budkavle.org.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import se.budkavle.integration.directory.DirectoryManager;
import se.budkavle.integration.directory.DirectoryPerson;
import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.integration.directory.DirectoryUnit;
import se.budkavle.org.DirectoryProblem;
import se.budkavle.org.directory.StoredOrganisation.Link;
import se.budkavle.org.directory.StoredOrganisation.StoredPerson;
import se.budkavle.org.directory.StoredOrganisation.StoredUnit;

/**
 * The stored organisation around the people of a directory part, loaded by their ids only, and the plan that brings
 * it in line with the part: the same diff as for a whole directory, restricted to those people, the units of the
 * part and the units they leave.
 */
final class StoredPart {

	private static final String UNIT_COLUMNS = "u.id, u.external_id, u.name, u.kind, u.parent_id, u.active";

	private static final String PEOPLE = """
			select id, external_id, display_name, email, job_title, active, phone from person
			where external_id = any(cast(:people as text[]))""";

	private static final String UNITS = "select " + UNIT_COLUMNS
			+ " from unit u where u.external_id = any(cast(:units as text[]))";

	// Units the people belong to or lead, and every unit above those: the only ones the part can leave empty. One is
	// left (deactivated) when none of the active people outside the part is listed under it.
	private static final String LEFT = "select " + UNIT_COLUMNS + """
			 from unit u
			where u.active and u.id in (
			    select c.ancestor_id from unit_closure c
			    where c.descendant_id in (
			        select unit_id from membership where person_id = any(cast(:ids as uuid[]))
			        union select unit_id from unit_manager where person_id = any(cast(:ids as uuid[]))))
			and not exists (
			    select 1 from subtree_member s where s.ancestor_id = u.id and not s.person_id = any(cast(:ids as uuid[])))""";

	private StoredPart() {
	}

	/**
	 * The problems of a part, checked as a whole directory would be, except that it may name units outside it.
	 * @return the problems, empty when the part may be applied
	 */
	static List<DirectoryProblem> problems(DirectorySnapshot part) {
		List<DirectoryProblem> problems = new ArrayList<>();
		Set<String> outside = referenced(part);
		part.units().forEach((unit) -> outside.remove(unit.externalId()));
		if (part.units().isEmpty() && outside.isEmpty()) {
			return problems;
		}
		Set<String> units = new UnitRules(part.units(), SourceLines.NONE, problems).check(outside);
		new PeopleRules(SourceLines.NONE, problems).check(part.people(), part.managers(), units, Set.of());
		return problems;
	}

	/**
	 * Loads what the part is compared with and works out the plan, writing nothing.
	 * @param people the external ids of everyone whose entry may have changed
	 * @return the plan; fails when the part names a unit that is neither in it nor stored
	 */
	static Mono<DirectoryPlan> plan(DatabaseClient database, DirectorySnapshot part, Set<String> people) {
		return database.sql(PEOPLE)
			.bind("people", people.toArray(String[]::new))
			.map(StoredPart::person)
			.all()
			.collect(Collectors.toMap(StoredPerson::externalId, Function.identity()))
			.flatMap((stored) -> {
				UUID[] ids = stored.values().stream().map(StoredPerson::id).toArray(UUID[]::new);
				return links(database, "membership", "is_primary", ids)
					.flatMap((memberships) -> links(database, "unit_manager", "deputy", ids)
						.map((managers) -> new StoredOrganisation(Map.of(), stored, memberships, managers)))
					.flatMap((organisation) -> units(database, UNITS, "units", referenced(part).toArray(String[]::new))
						.flatMap((named) -> units(database, LEFT, "ids", ids)
							.map((left) -> plan(part, organisation, named, left))));
			});
	}

	private static DirectoryPlan plan(DirectorySnapshot part, StoredOrganisation stored, List<StoredUnit> named,
			List<StoredUnit> left) {
		Set<String> inPart = part.units().stream().map(DirectoryUnit::externalId).collect(Collectors.toSet());
		Map<String, StoredUnit> compared = new HashMap<>();
		Map<String, UUID> outside = new HashMap<>();
		for (StoredUnit unit : named) {
			if (inPart.contains(unit.externalId())) {
				compared.put(unit.externalId(), unit);
			}
			else {
				outside.put(unit.externalId(), unit.id());
			}
		}
		left.stream().filter((unit) -> !outside.containsKey(unit.externalId()))
			.forEach((unit) -> compared.putIfAbsent(unit.externalId(), unit));
		UnitDiff units = UnitDiff.between(compared, part.units(), outside);
		referenced(part).stream().filter((unit) -> units.ids().get(unit) == null).findFirst().ifPresent((unit) -> {
			throw new IllegalStateException("The directory part names unit '" + unit + "', which is not stored");
		});
		PeopleDiff people = PeopleDiff.between(stored, part.people(), units.ids());
		List<Link> managers = part.managers()
			.stream()
			.map((manager) -> new Link(units.ids().get(manager.unitExternalId()),
					people.ids().get(manager.personExternalId()), manager.deputy()))
			.toList();
		return new DirectoryPlan(units, people, LinkDiff.between(stored.managers(), managers));
	}

	/** The external ids of every unit the part names: its own, their parents, and its people's and managers'. */
	private static Set<String> referenced(DirectorySnapshot part) {
		Set<String> units = new HashSet<>();
		for (DirectoryUnit unit : part.units()) {
			units.add(unit.externalId());
			if (!unit.isRoot()) {
				units.add(unit.parentExternalId());
			}
		}
		for (DirectoryPerson person : part.people()) {
			units.addAll(person.unitExternalIds());
		}
		part.managers().stream().map(DirectoryManager::unitExternalId).forEach(units::add);
		units.removeIf(Objects::isNull);
		return units;
	}

	private static Mono<List<StoredUnit>> units(DatabaseClient database, String sql, String name, Object[] values) {
		return database.sql(sql)
			.bind(name, values)
			.map((row) -> new StoredUnit(row.get("id", UUID.class), row.get("external_id", String.class),
					row.get("name", String.class), row.get("kind", String.class), row.get("parent_id", UUID.class),
					Boolean.TRUE.equals(row.get("active", Boolean.class))))
			.all()
			.collectList();
	}

	private static Mono<List<Link>> links(DatabaseClient database, String table, String flag, UUID[] people) {
		return database.sql("select unit_id, person_id, " + flag + " from " + table
				+ " where person_id = any(cast(:people as uuid[]))")
			.bind("people", people)
			.map((row) -> new Link(row.get("unit_id", UUID.class), row.get("person_id", UUID.class),
					Boolean.TRUE.equals(row.get(flag, Boolean.class))))
			.all()
			.collectList();
	}

	private static StoredPerson person(Readable row) {
		return new StoredPerson(row.get("id", UUID.class), row.get("external_id", String.class),
				row.get("display_name", String.class), row.get("email", String.class),
				row.get("job_title", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class)),
				row.get("phone", String.class));
	}
}
