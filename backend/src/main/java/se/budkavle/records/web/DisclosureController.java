package se.budkavle.records.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Input;

/**
 * Disclosure packages (utlämnande): made from selected records, read back as JSON for the record or PDF for reading.
 */
@RestController
class DisclosureController {

	private final Disclosures disclosures;

	DisclosureController(Disclosures disclosures) {
		this.disclosures = disclosures;
	}

	/** The records to hand out, and the request's reference (diarienummer), if any. */
	record DisclosureRequest(List<ItemRequest> items, String reference) {

		DisclosureRequest {
			Input.line("reference", reference);
		}
	}

	/** One record: its kind and id. */
	record ItemRequest(String type, UUID id) {
	}

	@Operation(operationId = "createDisclosure", summary = "Make a disclosure package",
			description = "For the records role and admins, for records inside their scope. Makes a disclosure package of the chosen posts (with every version), comments (in every state), questions and answers, stores it as handed out, and writes the disclosure to the audit trail; a record not found inside the scope is refused naming it.")
	@PostMapping("/api/v1/records/disclosures")
	Mono<ResponseEntity<Map<String, UUID>>> create(@RequestBody DisclosureRequest request) {
		List<Disclosures.Item> items = items(request);
		String reference = (request.reference() != null && !request.reference().isBlank())
				? request.reference().strip() : null;
		return Viewers.current()
			.flatMap((viewer) -> this.disclosures.create(viewer, items, reference))
			.map((id) -> ResponseEntity.created(URI.create("/api/v1/records/disclosures/" + id))
				.body(Map.of("id", id)));
	}

	@Operation(operationId = "getDisclosure", summary = "Read a disclosure package",
			description = "For the package's maker, or the records role for the whole organisation. Returns a stored disclosure package as JSON for the record or as PDF for reading, with every version and who did what, when and why, exactly as it was made (the making is in the audit trail); changes nothing.")
	@GetMapping("/api/v1/records/disclosures/{id}")
	Mono<ResponseEntity<?>> read(@PathVariable UUID id, @RequestParam(defaultValue = "json") String format) {
		boolean pdf = switch (format) {
			case "pdf" -> true;
			case "json" -> false;
			default -> throw new InvalidRecordsRequest("format", "must be json or pdf");
		};
		return Viewers.current()
			.flatMap((viewer) -> this.disclosures.read(viewer, id))
			.<ResponseEntity<?>>map((json) -> pdf ? file(DisclosurePdf.render(json), id)
					: ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json))
			.switchIfEmpty(Mono.error(() -> RecordNotFound.disclosure(id)));
	}

	private static ResponseEntity<byte[]> file(byte[] pdf, UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("utlamnande-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	private static List<Disclosures.Item> items(DisclosureRequest request) {
		if (request.items() == null || request.items().isEmpty() || request.items().size() > Disclosures.MAX_ITEMS) {
			throw new InvalidRecordsRequest("items", "must list 1 to " + Disclosures.MAX_ITEMS + " records");
		}
		List<Disclosures.Item> items = new ArrayList<>();
		for (int i = 0; i < request.items().size(); i++) {
			ItemRequest item = request.items().get(i);
			if (item == null || item.id() == null) {
				throw new InvalidRecordsRequest("items[" + i + "].id", "must be a record's id");
			}
			items.add(new Disclosures.Item(RecordType.of("items[" + i + "].type", item.type()), item.id()));
		}
		return items;
	}
}
