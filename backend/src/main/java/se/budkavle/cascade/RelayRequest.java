package se.budkavle.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import se.budkavle.platform.Input;

/**
 * How a manager relayed a cascade for a unit: a local post ({@code postId}), a workplace meeting ({@code meeting}) or
 * a printed sheet.
 */
record RelayRequest(UUID unitId, Kind kind, UUID postId, Meeting meeting) {

	static final int MOST_PARTICIPANTS = 100_000;

	/** The ways of relaying. */
	enum Kind {

		POST, MEETING, PRINT
	}

	/** A workplace meeting (arbetsplatsträff): when, how many took part, the team's questions and feedback. */
	record Meeting(LocalDate date, Integer participants, String questions, String feedback) {
	}

	RelayRequest validated() {
		List<InvalidCascade.FieldError> errors = new ArrayList<>();
		if (this.unitId == null) {
			errors.add(new InvalidCascade.FieldError("unitId", "The unit relayed for is required."));
		}
		if (this.kind == null) {
			errors.add(new InvalidCascade.FieldError("kind", "POST, MEETING or PRINT."));
		}
		else if (this.kind == Kind.POST && this.postId == null) {
			errors.add(new InvalidCascade.FieldError("postId", "A relay by post names the post."));
		}
		else if (this.kind == Kind.MEETING) {
			meetingErrors(errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidCascade(errors);
		}
		return this;
	}

	private void meetingErrors(List<InvalidCascade.FieldError> errors) {
		if (this.meeting == null || this.meeting.date() == null) {
			errors.add(new InvalidCascade.FieldError("meeting.date", "The meeting's date is required."));
		}
		else if (this.meeting.date().getYear() < 2000 || this.meeting.date().getYear() > 2999) {
			errors.add(new InvalidCascade.FieldError("meeting.date", "A date in the years 2000–2999."));
		}
		if (this.meeting == null || this.meeting.participants() == null || this.meeting.participants() < 1
				|| this.meeting.participants() > MOST_PARTICIPANTS) {
			errors.add(new InvalidCascade.FieldError("meeting.participants",
					"How many took part, 1 to " + MOST_PARTICIPANTS + "."));
		}
		if (this.meeting != null) {
			Input.text("meeting.questions", this.meeting.questions());
			Input.text("meeting.feedback", this.meeting.feedback());
		}
	}
}
