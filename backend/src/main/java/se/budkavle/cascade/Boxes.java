package se.budkavle.cascade;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * A manager's cascades to relay, with the units they relay for (their own, those they carry, and overdue units just
 * below them, on the missing manager's behalf), and a sender's cascades with how far each got.
 */
@Component
class Boxes {

	/** The viewer's units in reached levels of the given cascades (all when {@code :all}). */
	static final String UNITS = """
			select cu.cascade_id, cu.unit_id, cu.unit_name, cu.level, cu.deadline, cu.opened_at, cu.relayed_at,
			       cu.discussed_at, not %s as on_behalf
			from cascade_unit cu
			where (:all or cu.cascade_id = :cascadeId) and cu.reached_at is not null and (%s or %s)
			order by cu.level, cu.unit_name, cu.unit_id""".formatted(Participation.RELAYS_FOR,
			Participation.RELAYS_FOR, Participation.RELAYS_ON_BEHALF);

	private static final String SENT = """
			select c.id, c.title, c.sender_name, c.sent_at, count(*) as units, count(cu.relayed_at) as relayed,
			       count(cu.discussed_at) as discussed,
			       count(*) filter (where cu.relayed_at is null and cu.deadline < :now) as overdue
			from cascade c join cascade_unit cu on cu.cascade_id = c.id
			where c.sender_id = :personId
			group by c.id order by c.sent_at desc, c.id""";

	private static final String HEADERS = """
			select id, title, sender_name, sent_at from cascade where id = any(:ids) order by sent_at desc, id""";

	private final DatabaseClient database;

	private final Clock clock;

	Boxes(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	Mono<Box> relay(Viewer viewer) {
		Instant now = this.clock.instant();
		return units(viewer, null, now).collectMultimap(UnitRow::cascadeId, UnitRow::view).flatMap((units) -> this.database
			.sql(HEADERS)
			.bind("ids", units.keySet().toArray(UUID[]::new))
			.map((row) -> new Item(row.get("id", UUID.class), row.get("title", String.class),
					new Person(null, row.get("sender_name", String.class)), row.get("sent_at", Instant.class),
					List.copyOf(units.get(row.get("id", UUID.class))), null))
			.all()
			.collectList()
			.map(Box::new));
	}

	Mono<Box> sent(Viewer viewer) {
		return this.database.sql(SENT)
			.bind("personId", viewer.personId())
			.bind("now", this.clock.instant())
			.map((row) -> new Item(row.get("id", UUID.class), row.get("title", String.class),
					new Person(viewer.personId(), row.get("sender_name", String.class)),
					row.get("sent_at", Instant.class), List.of(), counts(row)))
			.all()
			.collectList()
			.map(Box::new);
	}

	/** The units the viewer relays for in one cascade ({@code cascadeId}) or in all. */
	Flux<UnitRow> units(Viewer viewer, UUID cascadeId, Instant now) {
		return this.database.sql(UNITS)
			.bind("all", cascadeId == null)
			.bind("cascadeId", (cascadeId != null) ? cascadeId : new UUID(0, 0))
			.bind("personId", viewer.personId())
			.bind("now", now)
			.map((row) -> unit(row, now))
			.all();
	}

	private static UnitRow unit(Readable row, Instant now) {
		Instant deadline = row.get("deadline", Instant.class);
		State state = State.of(deadline, row.get("opened_at", Instant.class), row.get("relayed_at", Instant.class),
				row.get("discussed_at", Instant.class), now);
		return new UnitRow(row.get("cascade_id", UUID.class), new UnitView(row.get("unit_id", UUID.class),
				row.get("unit_name", String.class), row.get("level", Integer.class), state, deadline,
				Boolean.TRUE.equals(row.get("on_behalf", Boolean.class))));
	}

	private static Counts counts(Readable row) {
		return new Counts(row.get("units", Long.class), row.get("relayed", Long.class), row.get("discussed", Long.class),
				row.get("overdue", Long.class));
	}

	/** A list of cascades. */
	record Box(List<Item> items) {
	}

	/** One cascade in a box. */
	record Item(UUID id, String title, Person sender, Instant sentAt, List<UnitView> units, Counts counts) {
	}

	/** A person named in a cascade; the id only where the viewer needs it. */
	record Person(UUID id, String name) {
	}

	/** How far a sent cascade got, in units. */
	record Counts(long units, long relayed, long discussed, long overdue) {
	}

	/** One unit the viewer relays for. */
	record UnitView(UUID unitId, String name, int level, State state, Instant deadline, boolean onBehalf) {
	}

	/** A unit with the cascade it belongs to. */
	record UnitRow(UUID cascadeId, UnitView view) {
	}
}
