package se.budkavle.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.budkavle.platform.Input;

/**
 * What clients send, and the checks that turn empty or oversize text into one {@link InvalidQuestion}.
 */
final class QuestionRequests {

	static final int MAX_NOTE_LENGTH = 1000;

	private QuestionRequests() {
	}

	/** A new question; {@code anonymous} and {@code visibility} default to false and PRIVATE. */
	record Ask(String subject, String body, UUID unitId, Boolean anonymous, Visibility visibility) {

		Ask {
			Input.line("subject", subject);
			Input.text("body", body);
		}

		boolean isAnonymous() {
			return Boolean.TRUE.equals(this.anonymous);
		}

		Visibility visibilityOrDefault() {
			return (this.visibility != null) ? this.visibility : Visibility.PRIVATE;
		}
	}

	/** An answer by a recipient or a reply by the asker. */
	record Answer(String body) {

		Answer {
			Input.text("body", body);
		}
	}

	/** Where a recipient hands a question on to. */
	enum ForwardTo {
		MANAGER, HR
	}

	record Forward(ForwardTo to, String note) {

		Forward {
			Input.text("note", note);
		}
	}

	static void check(Ask ask, QuestionsProperties properties) {
		List<Map<String, String>> errors = new ArrayList<>();
		text(errors, "subject", ask.subject(), properties.maxSubjectLength());
		text(errors, "body", ask.body(), properties.maxBodyLength());
		fail(errors);
	}

	static void check(Answer answer, QuestionsProperties properties) {
		List<Map<String, String>> errors = new ArrayList<>();
		text(errors, "body", answer.body(), properties.maxBodyLength());
		fail(errors);
	}

	static void check(Forward forward) {
		List<Map<String, String>> errors = new ArrayList<>();
		if (forward.to() == null) {
			errors.add(Map.of("field", "to", "message", "must be MANAGER or HR"));
		}
		if (forward.note() != null && forward.note().strip().length() > MAX_NOTE_LENGTH) {
			errors.add(Map.of("field", "note", "message", "must be at most " + MAX_NOTE_LENGTH + " characters"));
		}
		fail(errors);
	}

	private static void text(List<Map<String, String>> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(Map.of("field", field, "message", "must not be empty"));
		}
		else if (value.strip().length() > max) {
			errors.add(Map.of("field", field, "message", "must be at most " + max + " characters"));
		}
	}

	private static void fail(List<Map<String, String>> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidQuestion(errors);
		}
	}
}
