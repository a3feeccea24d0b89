package se.budkavle.questions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.identity.Viewers;
import se.budkavle.org.Organisation;

/**
 * Response times per unit and child unit, for the managers of that subtree, HR and administrators. HR and
 * administrators see figures only, never the content of questions they were not asked.
 */
@RestController
class QuestionStatsController {

	private static final String SAMPLES = """
			select coalesce(child.id, :unitId) as group_id, q.asked_at, q.first_answered_at, q.state, q.answer_due_at
			from question q
			join org_unit_subtree c on c.descendant_id = q.asked_unit_id and c.ancestor_id = :unitId
			left join lateral (select cc.ancestor_id as id
			    from org_unit_subtree cc join org_unit cu on cu.id = cc.ancestor_id
			    where cc.descendant_id = q.asked_unit_id and cu.parent_id = :unitId) child on true
			where q.asked_at >= :from and q.asked_at < :to""";

	private final DatabaseClient database;

	private final Organisation organisation;

	private final QuestionsProperties properties;

	private final Clock clock;

	QuestionStatsController(DatabaseClient database, Organisation organisation, QuestionsProperties properties,
			Clock clock) {
		this.database = database;
		this.organisation = organisation;
		this.properties = properties;
		this.clock = clock;
	}

	/** The statistics of a unit over a period. */
	record Stats(QuestionView.Label unit, LocalDate from, LocalDate to, int minimumGroupSize,
			ResponseTimes.Figures total, boolean suppressed, List<ResponseTimes.Row> rows) {
	}

	@Operation(operationId = "getQuestionStats", summary = "Show question response times",
			description = "For the unit's managers and deputies and HR and administrators whose role covers it; figures only, "
					+ "never the content of questions they were not asked. Response times per child unit for the questions "
					+ "asked in the period (by default the last 90 days), groups too small to show suppressed. Changes "
					+ "nothing.")
	@GetMapping("/api/v1/questions/stats")
	Mono<Stats> stats(@RequestParam UUID unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate last = (to != null) ? to : this.clock.instant().atZone(this.properties.zone()).toLocalDate();
		LocalDate first = (from != null) ? from : last.minusDays(89);
		if (first.isAfter(last)) {
			throw new InvalidQuestion(List.of(Map.of("field", "from", "message", "must not be after to")), true);
		}
		return Viewers.current().flatMap((viewer) -> allowed(viewer, unitId)).flatMap((unit) -> groups(unit)
			.zipWith(samples(unitId, first, last))
			.map((parts) -> ResponseTimes.table(parts.getT1(), parts.getT2(), this.properties.minimumGroupSize(),
					this.clock.instant()))
			.map((table) -> new Stats(unit, first, last, this.properties.minimumGroupSize(), table.total(),
					table.suppressed(), table.rows())));
	}

	private Mono<QuestionView.Label> allowed(Viewer viewer, UUID unitId) {
		boolean privileged = viewer.hasRoleFor(Role.HR, unitId) || viewer.hasRoleFor(Role.ADMIN, unitId);
		Mono<Boolean> may = privileged ? Mono.just(true) : this.organisation.manages(viewer.personId(), unitId);
		return may.flatMap((yes) -> yes ? unit(unitId)
				: Mono.error(new QuestionForbidden("Only the managers of this unit, HR and administrators see its figures.")));
	}

	private Mono<QuestionView.Label> unit(UUID unitId) {
		return this.database.sql("select name from org_unit where id = :id")
			.bind("id", unitId)
			.map((row) -> new QuestionView.Label(unitId, row.get(0, String.class)))
			.one()
			.switchIfEmpty(Mono.error(QuestionNotFound::new));
	}

	private Mono<List<ResponseTimes.Group>> groups(QuestionView.Label unit) {
		return this.database.sql("select id, name from org_unit where parent_id = :id and active order by name, id")
			.bind("id", unit.id())
			.map((row) -> new ResponseTimes.Group(row.get("id", UUID.class), row.get("name", String.class), false))
			.all()
			.collectList()
			.map((children) -> {
				var all = new java.util.ArrayList<ResponseTimes.Group>();
				all.add(new ResponseTimes.Group(unit.id(), unit.name(), true));
				all.addAll(children);
				return all;
			});
	}

	private Mono<List<ResponseTimes.Sample>> samples(UUID unitId, LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(this.properties.zone()).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(this.properties.zone()).toInstant();
		return this.database.sql(SAMPLES)
			.bind("unitId", unitId)
			.bind("from", start)
			.bind("to", end)
			.map((row) -> new ResponseTimes.Sample(row.get("group_id", UUID.class), row.get("asked_at", Instant.class),
					row.get("first_answered_at", Instant.class), "CLOSED".equals(row.get("state", String.class)),
					row.get("answer_due_at", Instant.class)))
			.all()
			.collectList();
	}
}
