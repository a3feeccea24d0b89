package se.budkavle.crisis;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.budkavle.platform.Input;

/**
 * A crisis message to send: to the subtrees under the target units, at once.
 *
 * @param title the banner's headline
 * @param body what has happened and what to do
 * @param severity how serious
 * @param targets the units whose subtrees it goes to (the top unit for the whole organisation)
 * @param confirmation what each person is asked
 * @param exercise whether it is an exercise
 * @param templateId the template it was written from, or {@code null}
 * @param templateVersion the template's version it was written from; {@code null}: the latest
 */
record CrisisRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 10000) String body,
		@NotNull Severity severity, @NotEmpty @Size(max = 100) List<@Valid @NotNull Target> targets,
		@NotNull ConfirmationKind confirmation, boolean exercise, UUID templateId,
		@jakarta.validation.constraints.Positive Integer templateVersion) {

	CrisisRequest {
		title = Input.line("title", title);
		body = Input.text("body", body);
	}

	UUID[] unitIds() {
		return this.targets.stream().map(Target::unitId).distinct().toArray(UUID[]::new);
	}

	/** A unit whose subtree the message goes to. */
	record Target(@NotNull UUID unitId) {
	}
}
