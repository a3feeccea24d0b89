package se.budkavle.cascade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.budkavle.platform.Input;

/**
 * A new cascade as the sender writes it: the core message and the toolkit for the managers, the units whose subtrees
 * it goes to, and either a deadline per level in working days or one overall deadline.
 */
public record CascadeRequest(String title, String message, String changes, String unchanged, List<String> talkingPoints,
		List<Question> questions, String localJudgement, String doNotSay, String feedbackQuestion, List<Target> targets,
		Mode mode, Integer levelDeadline, Instant deadline) {

	static final int TITLE_LENGTH = 200;

	static final int MESSAGE_LENGTH = 20_000;

	public CascadeRequest {
		talkingPoints = (talkingPoints != null) ? List.copyOf(talkingPoints) : List.of();
		questions = (questions != null) ? List.copyOf(questions) : List.of();
		targets = (targets != null) ? List.copyOf(targets) : List.of();
		mode = (mode != null) ? mode : Mode.LEVEL_BY_LEVEL;
	}

	/** A likely question from the staff with the suggested answer. */
	public record Question(String question, String answer) {
	}

	/** A unit whose subtree the cascade goes to. */
	public record Target(UUID unitId) {
	}

	/** The target units, each once. */
	List<UUID> unitIds() {
		return this.targets.stream().map(Target::unitId).distinct().toList();
	}

	/** Checks every rule and refuses the request naming each field in error. */
	CascadeRequest validated() {
		List<InvalidCascade.FieldError> errors = new ArrayList<>();
		if (blank(Input.line("title", this.title))) {
			errors.add(new InvalidCascade.FieldError("title", "A title is required."));
		}
		else if (this.title.length() > TITLE_LENGTH) {
			errors.add(new InvalidCascade.FieldError("title", "At most " + TITLE_LENGTH + " characters."));
		}
		if (blank(Input.text("message", this.message))) {
			errors.add(new InvalidCascade.FieldError("message", "The core message is required."));
		}
		else if (this.message.length() > MESSAGE_LENGTH) {
			errors.add(new InvalidCascade.FieldError("message", "At most " + MESSAGE_LENGTH + " characters."));
		}
		if (this.targets.isEmpty() || this.targets.stream().anyMatch((t) -> t == null || t.unitId() == null)) {
			errors.add(new InvalidCascade.FieldError("targets", "At least one unit, each with a unitId."));
		}
		if ((this.levelDeadline == null) == (this.deadline == null)) {
			errors.add(new InvalidCascade.FieldError("levelDeadline",
					"Give either a deadline per level (working days) or an overall deadline."));
		}
		else if (this.levelDeadline != null && (this.levelDeadline < 1 || this.levelDeadline > 30)) {
			errors.add(new InvalidCascade.FieldError("levelDeadline", "Between 1 and 30 working days."));
		}
		else if (this.deadline != null) {
			Input.date("deadline", this.deadline);
		}
		checkTexts();
		if (!errors.isEmpty()) {
			throw new InvalidCascade(errors);
		}
		return this;
	}

	private void checkTexts() {
		Input.text("changes", this.changes);
		Input.text("unchanged", this.unchanged);
		Input.text("localJudgement", this.localJudgement);
		Input.text("doNotSay", this.doNotSay);
		Input.line("feedbackQuestion", this.feedbackQuestion);
		this.talkingPoints.forEach((point) -> Input.text("talkingPoints", point));
		this.questions.forEach((q) -> {
			Input.text("questions", (q != null) ? q.question() : null);
			Input.text("questions", (q != null) ? q.answer() : null);
		});
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
