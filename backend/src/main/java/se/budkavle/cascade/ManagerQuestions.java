package se.budkavle.cascade;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.platform.Input;

/**
 * The managers' questions to the sender about a cascade: one thread that everyone in the cascade sees, so each answer
 * helps every manager; only the sender answers.
 */
@Component
class ManagerQuestions {

	static final int MOST_CHARACTERS = 4000;

	private static final String LIST = """
			select id, author_name, body, asked_at, answer, answered_by, answered_at
			from cascade_question where cascade_id = :cascadeId order by asked_at, id""";

	private final DatabaseClient database;

	private final Participation participation;

	private final Clock clock;

	ManagerQuestions(DatabaseClient database, Participation participation, Clock clock) {
		this.database = database;
		this.participation = participation;
		this.clock = clock;
	}

	Mono<Thread> thread(UUID cascadeId, Viewer viewer) {
		return this.participation.cascade(cascadeId, viewer)
			.thenMany(this.database.sql(LIST).bind("cascadeId", cascadeId).map(ManagerQuestions::question).all())
			.collectList()
			.map(Thread::new);
	}

	Mono<UUID> ask(UUID cascadeId, Viewer viewer, Body body) {
		return this.participation.cascade(cascadeId, viewer)
			.then(Mono.fromCallable(() -> valid(body)))
			.flatMap((text) -> this.database.sql("""
					insert into cascade_question (cascade_id, author_id, author_name, body, asked_at)
					values (:cascadeId, :personId, :name, :body, :now) returning id""")
				.bind("cascadeId", cascadeId)
				.bind("personId", viewer.personId())
				.bind("name", viewer.displayName())
				.bind("body", text)
				.bind("now", this.clock.instant())
				.mapValue(UUID.class)
				.one());
	}

	Mono<UUID> answer(UUID cascadeId, UUID questionId, Viewer viewer, Body body) {
		return this.participation.cascade(cascadeId, viewer)
			.filter((cascade) -> cascade.sentBy(viewer))
			.switchIfEmpty(Mono.error(() -> new CascadeNotAllowed("Only the sender answers the managers' questions.")))
			.then(Mono.fromCallable(() -> valid(body)))
			.flatMap((text) -> this.database.sql("""
					update cascade_question set answer = :body, answered_by = :name, answered_at = :now
					where id = :questionId and cascade_id = :cascadeId returning id""")
				.bind("body", text)
				.bind("name", viewer.displayName())
				.bind("now", this.clock.instant())
				.bind("questionId", questionId)
				.bind("cascadeId", cascadeId)
				.mapValue(UUID.class)
				.one())
			.switchIfEmpty(Mono.error(() -> new CascadeNotFound(cascadeId)));
	}

	private static String valid(Body body) {
		String text = (body != null) ? Input.text("body", body.body()) : null;
		if (text == null || text.isBlank() || text.length() > MOST_CHARACTERS) {
			throw InvalidCascade.of("body", "1 to " + MOST_CHARACTERS + " characters.");
		}
		return text.strip();
	}

	private static Question question(Readable row) {
		String answer = row.get("answer", String.class);
		return new Question(row.get("id", UUID.class), new Boxes.Person(null, row.get("author_name", String.class)),
				row.get("body", String.class), row.get("asked_at", Instant.class),
				(answer != null) ? new Answer(answer, new Boxes.Person(null, row.get("answered_by", String.class)),
						row.get("answered_at", Instant.class)) : null);
	}

	/** What a question or an answer says. */
	record Body(String body) {
	}

	/** The thread. */
	record Thread(List<Question> items) {
	}

	/** One question with the sender's answer, or null. */
	record Question(UUID id, Boxes.Person author, String body, Instant at, Answer answer) {
	}

	/** The sender's answer. */
	record Answer(String body, Boxes.Person author, Instant at) {
	}
}
