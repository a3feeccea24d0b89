package se.budkavle.news;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * Counts whom a post would reach before it is published: the people its audience would be fixed to, the author left
 * out, for units the viewer may post to (the units {@link Targets} lists, so any narrowing of those applies here).
 */
@Component
class AudienceCount {

	private static final String ACTIVE_UNITS = "select id from org_unit where id = any(:ids) and active";

	// Publication.AUDIENCE, counted instead of stored: every active member of the reached units once, not the author.
	private static final String COUNT = """
			select count(distinct m.person_id)
			from (select distinct c.descendant_id as unit_id
			      from unnest(:units, :subunits) as t(unit_id, include_subunits)
			      join org_unit_subtree c on c.ancestor_id = t.unit_id and (t.include_subunits or c.depth = 0)) reached
			join org_unit u on u.id = reached.unit_id and u.active
			join person_membership_record m on m.unit_id = reached.unit_id
			join org_person p on p.id = m.person_id and p.active
			where m.person_id <> :author""";

	private final DatabaseClient database;

	private final Targets targets;

	AudienceCount(DatabaseClient database, Targets targets) {
		this.database = database;
		this.targets = targets;
	}

	/**
	 * How many people a post to these targets would reach now.
	 * @param viewer the would-be author
	 * @param request the targets, as a new post names them
	 * @return the number of people
	 * @throws InvalidPost when no or a repeated unit is named
	 * @throws UnknownUnits when a unit does not exist (any more)
	 * @throws NotAllowed when the viewer may not post to a unit
	 */
	Mono<Long> count(Viewer viewer, List<PostRequest.Target> request) {
		return Mono.defer(() -> {
			PostRules.checkTargets(request);
			List<UUID> units = request.stream().map(PostRequest.Target::unitId).toList();
			return known(units).then(mayPost(viewer, units)).then(people(viewer, request));
		});
	}

	private Mono<Void> known(List<UUID> units) {
		return this.database.sql(ACTIVE_UNITS)
			.bind("ids", units.toArray(UUID[]::new))
			.mapValue(UUID.class)
			.all()
			.collect(HashSet<UUID>::new, Set::add)
			.flatMap((active) -> {
				List<UUID> unknown = units.stream().filter((unit) -> !active.contains(unit)).toList();
				return unknown.isEmpty() ? Mono.empty() : Mono.error(new UnknownUnits(unknown));
			});
	}

	private Mono<Void> mayPost(Viewer viewer, List<UUID> units) {
		return this.targets.of(viewer)
			.map((allowed) -> allowed.stream().map(Targets.Target::unitId).collect(Collectors.toSet()))
			.flatMap((allowed) -> allowed.containsAll(units) ? Mono.empty()
					: Mono.error(new NotAllowed("You may count only units you may post to")));
	}

	private Mono<Long> people(Viewer viewer, List<PostRequest.Target> request) {
		return this.database.sql(COUNT)
			.bind("units", request.stream().map(PostRequest.Target::unitId).toArray(UUID[]::new))
			.bind("subunits", request.stream().map(PostRequest.Target::includeSubunits).toArray(Boolean[]::new))
			.bind("author", viewer.personId())
			.mapValue(Long.class)
			.one();
	}
}
