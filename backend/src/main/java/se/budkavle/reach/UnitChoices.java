package se.budkavle.reach;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Role;
import se.budkavle.identity.RoleScope;
import se.budkavle.identity.Viewer;

/**
 * Where a viewer's reach figures start (the top of their scope: the organisation for HR and communicators of the
 * whole organisation) and the units they may choose, found by name, each with its path from the top of their scope.
 */
@Service
public class UnitChoices {

	private static final int MAX_LIMIT = 50;

	// The units the viewer may see: all, those their role is scoped to, and the subtrees they manage.
	private static final String VISIBLE = """
			select u.id from org_unit u
			where u.active and (:whole or u.id = any(:units) or exists (select 1 from org_unit_subtree c
			    join org_unit_manager um on um.unit_id = c.ancestor_id
			    where c.descendant_id = u.id and um.person_id = :personId))""";

	private static final String CHOICES = """
			with visible as (%s)
			select u.id, u.name,
			       array(select a.id from org_unit_subtree c join org_unit a on a.id = c.ancestor_id
			             where c.descendant_id = u.id and c.depth > 0 and a.id in (select id from visible)
			             order by c.depth desc) as path_ids,
			       array(select a.name from org_unit_subtree c join org_unit a on a.id = c.ancestor_id
			             where c.descendant_id = u.id and c.depth > 0 and a.id in (select id from visible)
			             order by c.depth desc) as path_names,
			       (select max(c.depth) from org_unit_subtree c where c.descendant_id = u.id) as depth
			from org_unit u join visible v on v.id = u.id
			where u.name ilike :pattern
			order by depth, u.name, u.id
			limit :limit""".formatted(VISIBLE);

	private final ReachScope scope;

	private final DatabaseClient database;

	UnitChoices(ReachScope scope, DatabaseClient database) {
		this.scope = scope;
		this.database = database;
	}

	/**
	 * The viewer's starting unit and the units whose name contains the text, highest first.
	 * @param viewer who asks
	 * @param text part of a unit's name, or blank for the highest units
	 * @param limit how many, 0–50
	 * @return the start and the choices, or {@link ReachForbidden} for someone who may see no figures
	 */
	public Mono<Choices> find(Viewer viewer, String text, int limit) {
		RoleScope roles = viewer.scope(Role.HR, Role.COMMUNICATOR);
		return this.scope.unit(viewer, null)
			.flatMap((start) -> this.database.sql("select name from org_unit where id = :id")
				.bind("id", start)
				.mapValue(String.class)
				.one()
				.map((name) -> new PostReach.UnitLabel(start, name)))
			.flatMap((start) -> this.database.sql(CHOICES)
				.bind("whole", roles.whole())
				.bind("units", roles.unitArray())
				.bind("personId", viewer.personId())
				.bind("pattern", pattern(text))
				.bind("limit", Math.max(0, Math.min(MAX_LIMIT, limit)))
				.map(UnitChoices::choice)
				.all()
				.collectList()
				.map((units) -> new Choices(start, units)));
	}

	private static Choice choice(Readable row) {
		UUID[] ids = row.get("path_ids", UUID[].class);
		String[] names = row.get("path_names", String[].class);
		List<PostReach.UnitLabel> path = new ArrayList<>();
		for (int i = 0; ids != null && i < ids.length; i++) {
			path.add(new PostReach.UnitLabel(ids[i], names[i]));
		}
		return new Choice(row.get("id", UUID.class), row.get("name", String.class), path);
	}

	private static String pattern(String text) {
		String plain = (text != null) ? text.strip() : "";
		return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * Where the viewer starts and what they may choose.
	 *
	 * @param start the top of the viewer's scope
	 * @param units the units found
	 */
	public record Choices(PostReach.UnitLabel start, List<Choice> units) {
	}

	/**
	 * A unit to choose.
	 *
	 * @param id the unit
	 * @param name its name
	 * @param path the units above it that the viewer may see, from the top of their scope down to its parent
	 */
	public record Choice(UUID id, String name, List<PostReach.UnitLabel> path) {
	}
}
