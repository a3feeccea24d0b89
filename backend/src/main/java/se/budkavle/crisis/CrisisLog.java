package se.budkavle.crisis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * The crisis log for the after-action review: every event of a crisis in time order (sent, each delivery per
 * channel, how many had no phone number for each text, each answer, each update, each call, the all-clear), for those who follow the whole crisis person by person
 * and for its sender, as CSV for Swedish Excel (UTF-8 with a byte order mark, semicolons, CRLF).
 */
@Component
class CrisisLog {

	private static final String EVENTS = """
			select at, kind, who, detail from (
			    select c.sent_at as at, 0 as rank, 'sent' as kind, p.display_name as who,
			           c.severity || case when c.exercise then ' (ÖVNING)' else '' end || ': ' || c.title as detail, 0 as seq
			    from crisis c join org_person p on p.id = c.sender_id where c.id = :crisisId
			    union all
			    select d.delivered_at, 1, 'delivered', p.display_name,
			           d.channel || case d.message when 'sent' then '' when 'all-clear' then ' (all-clear)'
			                        else ' (update)' end, 0
			    from crisis_delivery d join org_person p on p.id = d.person_id
			    where d.crisis_id = :crisisId and d.delivered_at is not null
			    union all
			    select min(d.created_at), 1, 'no-number', '', d.channel || ': ' || count(*) || case d.message
			           when 'sent' then '' when 'all-clear' then ' (all-clear)' else ' (update)' end, 0
			    from crisis_delivery d where d.crisis_id = :crisisId and d.status = 'NO_NUMBER'
			    group by d.channel, d.message
			    union all
			    select a.answered_at, 2, 'answer', p.display_name, a.status || coalesce(': ' || a.note, ''), a.id
			    from crisis_answer a join org_person p on p.id = a.person_id where a.crisis_id = :crisisId
			    union all
			    select u.created_at, 3, 'update', p.display_name, u.body, 0
			    from crisis_update u join org_person p on p.id = u.author_id where u.crisis_id = :crisisId
			    union all
			    select k.called_at, 4, 'reached-by-phone', p.display_name, q.display_name || coalesce(': ' || k.note, ''), k.id
			    from crisis_call k join org_person p on p.id = k.called_by join org_person q on q.id = k.person_id
			    where k.crisis_id = :crisisId
			    union all
			    select c.all_clear_at, 5, 'all-clear', p.display_name, coalesce(c.all_clear_body, ''), 0
			    from crisis c join org_person p on p.id = c.all_clear_by where c.id = :crisisId) events
			order by at, rank, seq, who""";

	private final DatabaseClient database;

	private final Crises crises;

	CrisisLog(DatabaseClient database, Crises crises) {
		this.database = database;
		this.crises = crises;
	}

	Mono<Log> entries(UUID crisisId, Viewer viewer) {
		return this.crises.find(crisisId)
			.filter((crisis) -> crisis.followsEveryone(viewer) || viewer.personId().equals(crisis.senderId()))
			.switchIfEmpty(Mono.error(() -> new CrisisForbidden("The crisis log is for the crisis role and the sender")))
			.flatMap((crisis) -> this.database.sql(EVENTS)
				.bind("crisisId", crisisId)
				.mapProperties(Entry.class)
				.all()
				.collectList()
				.map((entries) -> new Log(crisis.title(), entries)));
	}

	static byte[] csv(List<Entry> entries) {
		String rows = entries.stream()
			.map((entry) -> line(List.of(entry.at().toString(), entry.kind(), entry.who(), entry.detail())))
			.collect(Collectors.joining());
		String text = "\uFEFF" + line(List.of("time", "event", "who", "detail")) + rows;
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String line(List<String> cells) {
		return cells.stream().map(CrisisLog::cell).collect(Collectors.joining(";")) + "\r\n";
	}

	/** Quotes every cell; a leading formula character is neutralised so a spreadsheet shows it as text. */
	private static String cell(String value) {
		String text = (value == null) ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/** The crisis's title and its events in order. */
	record Log(String title, List<Entry> entries) {
	}

	/** One event of the log. */
	record Entry(Instant at, String kind, String who, String detail) {
	}
}
