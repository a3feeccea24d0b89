package se.budkavle.records.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Input;
import se.budkavle.records.RecordsProperties;
import se.budkavle.records.archive.ArchiveProperties;

/**
 * E-archive submission packages (E-ARK SIP, FGS Paketstruktur): made for a period and optionally a unit, fetched as
 * ZIP, listed.
 */
@RestController
class ArchiveController {

	private final ArchivePackages packages;

	private final ArchiveProperties properties;

	ArchiveController(ArchivePackages packages, RecordsProperties properties) {
		this.packages = packages;
		this.properties = properties.archive();
	}

	/** The period to archive, and the unit whose subtree it concerns (none: every unit in the scope). */
	record ArchiveRequest(Instant from, Instant to, UUID unitId) {
	}

	/** The packages the caller may read. */
	record ArchiveList(List<ArchivePackages.Summary> items) {
	}

	@Operation(operationId = "createArchivePackage", summary = "Make an e-archive submission package",
			description = "For the records role and admins, for records inside their scope. Makes a submission package (E-ARK SIP 2.x, FGS Paketstruktur 1.2: METS, PREMIS 3, EAD3, each record as PDF/A-2b and JSON) of the posts published and the questions asked in the period, optionally only those of one unit's subtree, stores it as delivered and writes it to the audit trail. A period with more records than one package may hold is refused with 422 asking for a shorter one.")
	@PostMapping("/api/v1/records/archive-packages")
	Mono<ResponseEntity<ArchivePackages.Created>> create(@RequestBody ArchiveRequest request) {
		check(request);
		return Viewers.current()
			.flatMap((viewer) -> this.packages.create(viewer, request.from(), request.to(), request.unitId()))
			.map((created) -> ResponseEntity
				.created(URI.create("/api/v1/records/archive-packages/" + created.id()))
				.body(created));
	}

	@Operation(operationId = "getArchivePackage", summary = "Fetch an e-archive submission package",
			description = "For the package's maker, or the records role for the whole organisation. Returns the stored submission package as a ZIP, byte for byte as it was made (the making is in the audit trail); changes nothing.")
	@GetMapping(path = "/api/v1/records/archive-packages/{id}", produces = { "application/zip", "application/problem+json" })
	Mono<ResponseEntity<byte[]>> read(@PathVariable UUID id) {
		return Viewers.current()
			.flatMap((viewer) -> this.packages.read(viewer, id))
			.map((zip) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("application/zip"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("budkavle-sip-" + id + ".zip").build().toString())
				.body(zip))
			.switchIfEmpty(Mono.error(() -> RecordNotFound.archivePackage(id)));
	}

	@Operation(operationId = "listArchivePackages", summary = "List e-archive submission packages",
			description = "For the records role and admins: a records officer for the whole organisation sees every package, others the ones they made; newest first, the latest 200, each with its period, unit, number of records, size and SHA-256. Changes nothing.")
	@GetMapping("/api/v1/records/archive-packages")
	Mono<ArchiveList> list() {
		return Viewers.current()
			.flatMap((viewer) -> this.packages.list(viewer).collectList())
			.map(ArchiveList::new);
	}

	private void check(ArchiveRequest request) {
		if (request == null) {
			throw new InvalidRecordsRequest("from", "must be the start of the period");
		}
		if (request.from() == null) {
			throw new InvalidRecordsRequest("from", "must be the start of the period");
		}
		if (request.to() == null) {
			throw new InvalidRecordsRequest("to", "must be the end of the period");
		}
		Input.date("from", request.from());
		Input.date("to", request.to());
		if (!request.to().isAfter(request.from())) {
			throw new InvalidRecordsRequest("to", "must be after from");
		}
		Duration max = this.properties.maxPeriod();
		if (Duration.between(request.from(), request.to()).compareTo(max) > 0) {
			throw new InvalidRecordsRequest("to", "the period may be at most " + max.toDays() + " days long");
		}
	}
}
