package se.budkavle.records.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewers;

/**
 * The register extract for the records role: JSON to hand over machine-readable, PDF for reading.
 */
@RestController
class ExtractController {

	private final PersonExtract extracts;

	ExtractController(PersonExtract extracts) {
		this.extracts = extracts;
	}

	@Operation(operationId = "getRegisterExtract", summary = "Make a register extract",
			description = "For the records role and admins, for people who belong inside their scope. Returns everything Budkavle holds about one person (GDPR art. 15): directory data, posts, comments, named questions, acknowledgements, reads, notifications and deliveries, as JSON or PDF, naming no one else; the extract is written to the audit trail.")
	@GetMapping("/api/v1/records/people/{personId}/extract")
	Mono<ResponseEntity<?>> extract(@PathVariable UUID personId, @RequestParam(defaultValue = "json") String format) {
		boolean pdf = switch (format) {
			case "pdf" -> true;
			case "json" -> false;
			default -> throw new InvalidRecordsRequest("format", "must be json or pdf");
		};
		return Viewers.current()
			.flatMap((viewer) -> this.extracts.of(viewer, personId))
			.map((json) -> pdf ? ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("registerutdrag-" + personId + ".pdf").build().toString())
				.body(ExtractPdf.render(json)) : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json));
	}
}
