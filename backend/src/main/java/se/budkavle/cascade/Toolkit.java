package se.budkavle.cascade;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.budkavle.identity.Viewer;
import se.budkavle.news.SafeHtml;

/**
 * The toolkit a manager relays from: the core message (also as sanitised HTML), what changes and what does not, the
 * talking points, likely questions with answers, what is left to local judgement and what not to speculate about.
 */
@Component
class Toolkit {

	private static final String TOOLKIT = """
			select id, title, message, changes, unchanged, talking_points, questions, local_judgement, do_not_say,
			       feedback_question, mode, sender_id, sender_name, sent_at
			from cascade where id = :id""";

	private final DatabaseClient database;

	private final Participation participation;

	private final Boxes boxes;

	private final JsonMapper json;

	private final SafeHtml html;

	private final Clock clock;

	Toolkit(DatabaseClient database, Participation participation, Boxes boxes, JsonMapper json, SafeHtml html,
			Clock clock) {
		this.database = database;
		this.participation = participation;
		this.boxes = boxes;
		this.json = json;
		this.html = html;
		this.clock = clock;
	}

	Mono<View> toolkit(UUID id, Viewer viewer) {
		Instant now = this.clock.instant();
		return this.participation.cascade(id, viewer)
			.then(this.boxes.units(viewer, id, now).map(Boxes.UnitRow::view).collectList())
			.flatMap((units) -> this.database.sql(TOOLKIT).bind("id", id).map((row) -> view(row, units)).one());
	}

	private View view(Readable row, List<Boxes.UnitView> units) {
		String message = row.get("message", String.class);
		return new View(row.get("id", UUID.class), row.get("title", String.class), message, this.html.of(message),
				row.get("changes", String.class), row.get("unchanged", String.class),
				this.json.readValue(row.get("talking_points", Json.class).asString(), new TypeReference<List<String>>() {
				}),
				this.json.readValue(row.get("questions", Json.class).asString(),
						new TypeReference<List<CascadeRequest.Question>>() {
						}),
				row.get("local_judgement", String.class), row.get("do_not_say", String.class),
				row.get("feedback_question", String.class), Mode.valueOf(row.get("mode", String.class)),
				new Boxes.Person(row.get("sender_id", UUID.class), row.get("sender_name", String.class)),
				row.get("sent_at", Instant.class), units, true);
	}

	/** The toolkit of one cascade with the units the viewer relays for. */
	record View(UUID id, String title, String message, String messageHtml, String changes, String unchanged,
			List<String> talkingPoints, List<CascadeRequest.Question> questions, String localJudgement,
			String doNotSay, String feedbackQuestion, Mode mode, Boxes.Person sender, Instant sentAt,
			List<Boxes.UnitView> units, boolean canTrack) {
	}
}
