package se.budkavle.crisis;

import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;

/**
 * Prepared crisis messages over HTTP: list, write, edit (a new version each time) and the versions of one.
 */
@RestController
class CrisisTemplateController {

	static final String TEMPLATES = "/api/v1/crises/templates";

	private final CrisisTemplates templates;

	CrisisTemplateController(CrisisTemplates templates) {
		this.templates = templates;
	}

	@GetMapping(TEMPLATES)
	@Operation(operationId = "listCrisisTemplates", summary = "List the crisis templates",
			description = "The latest version of every prepared crisis message, with its placeholders ({plats}); for the crisis role, communicators and admins.")
	Mono<CrisisTemplate.Items> list() {
		return Viewers.current()
			.flatMapMany(this.templates::latest)
			.collectList()
			.map(CrisisTemplate.Items::new);
	}

	@PostMapping(TEMPLATES)
	@Operation(operationId = "createCrisisTemplate", summary = "Write a crisis template",
			description = "Stores a prepared crisis message as version 1; placeholders are words in braces ({plats}). Written to the audit trail.")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<CrisisTemplate.Saved> create(@Valid @RequestBody TemplateRequest request) {
		return Viewers.current().flatMap((viewer) -> this.templates.create(viewer, request));
	}

	@PutMapping(TEMPLATES + "/{id}")
	@Operation(operationId = "editCrisisTemplate", summary = "Edit a crisis template",
			description = "Stores the next version of the template; earlier versions are kept. Written to the audit trail.")
	Mono<CrisisTemplate.Saved> edit(@PathVariable UUID id, @Valid @RequestBody TemplateRequest request) {
		return Viewers.current().flatMap((viewer) -> this.templates.edit(viewer, id, request));
	}

	@GetMapping(TEMPLATES + "/{id}/versions")
	@Operation(operationId = "listCrisisTemplateVersions", summary = "List the versions of a crisis template",
			description = "Every version of the template with who wrote it and when, newest first.")
	Mono<CrisisTemplate.Items> versions(@PathVariable UUID id) {
		return Viewers.current()
			.flatMap((viewer) -> this.templates.versions(viewer, id))
			.map(CrisisTemplate.Items::new);
	}
}
