package se.budkavle.questions;

import java.util.Collection;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.TopicPolicy;

/**
 * Who may follow questions live: {@code questions:inbox} anyone (events there name their recipients),
 * {@code question:<id>} whoever may read the question, and {@code question-follow-up:<hash>} whoever knows the hash
 * of an existing follow-up key — the live protocol cannot carry the key itself, so the anonymous asker's widget
 * subscribes with its SHA-256 in hex.
 */
@Component
class QuestionTopics implements TopicPolicy {

	/** On {@code questions:inbox}: a question was asked of the managers it names as recipients. */
	static final String QUESTION_ASKED = "question.asked";

	/** On {@code questions:inbox}: an unanswered question was forwarded to the managers it names as recipients. */
	static final String QUESTION_ESCALATED = "question.escalated";

	/** On {@code question:<id>} and {@code question-follow-up:<hash>}: a question got an answer. */
	static final String QUESTION_ANSWERED = "question.answered";

	private static final String READERS = """
			select p.id from unnest(:ids) as p (id) join question q on q.id = :questionId
			where q.asker_id = p.id
			   or exists (select 1 from org_unit_subtree up
			       join org_unit_subtree top on top.descendant_id = up.ancestor_id and top.ancestor_id = q.unit_id
			       join org_unit_manager um on um.unit_id = up.ancestor_id
			       where up.descendant_id = q.asked_unit_id and um.person_id = p.id)
			   or (q.visibility = 'UNIT' and exists (select 1 from person_membership_record m
			       join org_unit_subtree c on c.descendant_id = m.unit_id
			       where m.person_id = p.id and c.ancestor_id = q.asked_unit_id))""";

	private final DatabaseClient database;

	private final QuestionStore store;

	QuestionTopics(DatabaseClient database, QuestionStore store) {
		this.database = database;
		this.store = store;
	}

	@Override
	public boolean handles(String topic) {
		return topic.equals(QuestionNotices.INBOX) || topic.startsWith(QuestionNotices.QUESTION)
				|| topic.startsWith(QuestionNotices.FOLLOW_UP);
	}

	@Override
	public Mono<Boolean> maySubscribe(Viewer viewer, String topic) {
		if (topic.equals(QuestionNotices.INBOX)) {
			return Mono.just(true);
		}
		try {
			if (topic.startsWith(QuestionNotices.FOLLOW_UP)) {
				byte[] hash = HexFormat.of().parseHex(topic.substring(QuestionNotices.FOLLOW_UP.length()));
				return this.database.sql("select exists (select 1 from question where follow_up_key_hash = :hash)")
					.bind("hash", hash)
					.map((row) -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
					.one();
			}
			UUID id = UUID.fromString(topic.substring(QuestionNotices.QUESTION.length()));
			return this.store.find(id, viewer, null).map((q) -> q.access().canRead()).defaultIfEmpty(false);
		}
		catch (IllegalArgumentException ex) {
			return Mono.just(false);
		}
	}

	@Override
	public Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds) {
		if (!event.topic().startsWith(QuestionNotices.QUESTION)) {
			return Flux.fromIterable(personIds);
		}
		UUID id = UUID.fromString(event.topic().substring(QuestionNotices.QUESTION.length()));
		return this.database.sql(READERS)
			.bind("ids", personIds.toArray(UUID[]::new))
			.bind("questionId", id)
			.map((row) -> row.get(0, UUID.class))
			.all();
	}
}
