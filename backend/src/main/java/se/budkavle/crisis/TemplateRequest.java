package se.budkavle.crisis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.budkavle.platform.Input;

/**
 * A crisis template as written by a communicator or the crisis role: a new template, or the next version of one.
 *
 * @param name what the template is for, shown when choosing (”Strömavbrott”)
 * @param title the message's headline, with placeholders such as {@code {plats}}
 * @param body what has happened and what to do, with placeholders
 * @param severity how serious a message from it is
 * @param confirmation what each person is asked
 */
record TemplateRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 10000) String body, @NotNull Severity severity, @NotNull ConfirmationKind confirmation) {

	TemplateRequest {
		name = Input.line("name", name);
		title = Input.line("title", title);
		body = Input.text("body", body);
	}
}
