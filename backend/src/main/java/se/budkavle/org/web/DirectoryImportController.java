package se.budkavle.org.web;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import reactor.core.publisher.Mono;

import se.budkavle.org.DirectoryImports;
import se.budkavle.org.OrgProperties;
import se.budkavle.org.directory.DirectoryPreview;

/**
 * Lets an administrator apply a directory file (the security chain gives {@code /api/v1/admin/**} to admins only).
 */
@RestController
class DirectoryImportController {

	static final String SOURCE = "upload";

	/** A small directory file, the example in the API document. */
	static final String EXAMPLE = """
			{"type":"unit","id":"hsf","name":"Hägersten-Älvsjö stadsdelsförvaltning","kind":"ADMINISTRATION","parent":null}
			{"type":"unit","id":"hsf-syd","name":"Hemtjänst Syd","kind":"UNIT","parent":"hsf"}
			{"type":"person","id":"maria","name":"Maria Holm","email":"maria.holm@example.se","title":"Enhetschef","units":["hsf-syd"]}
			{"type":"manager","unit":"hsf-syd","person":"maria"}
			""";

	private final DirectoryImports imports;

	private final DataSize limit;

	DirectoryImportController(DirectoryImports imports, OrgProperties properties) {
		this.imports = imports;
		this.limit = properties.maxImportSize();
	}

	/**
	 * Applies a JSON Lines directory file (see docs/directory-format.md) sent as the request body.
	 * @param exchange the request, read as raw bytes so that large files need no codec limit
	 * @param confirm whether the administrator confirms deactivating more than the allowed share of people or an
	 * administrator
	 * @return the counts of what changed
	 */
	@Operation(operationId = "importDirectory", summary = "Import the directory",
			description = "For administrators of the whole organisation and the bootstrap administrator. Applies a JSON Lines "
					+ "directory file (units, people, managers; docs/directory-format.md) to the organisation and records "
					+ "it in the directory history; deactivating more than the allowed share of people, or an "
					+ "administrator, needs confirm=true. Answers the counts of what changed.")
	@PostMapping(path = "/api/v1/admin/directory/imports",
			consumes = { MediaType.APPLICATION_NDJSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@RequestBody(description = "The directory file: JSON Lines, UTF-8 (docs/directory-format.md)", required = true,
			content = { @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE, schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "directory", summary = "Two units, a manager", value = EXAMPLE)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	Mono<ImportResult> importDirectory(ServerWebExchange exchange,
			@RequestParam(defaultValue = "false") boolean confirm) {
		return content(exchange).zipWith(appliedBy(exchange))
			.flatMap((upload) -> this.imports.applyUpload(upload.getT1(), SOURCE, upload.getT2().orElse(null),
					confirm))
			.map(ImportResult::new);
	}

	/**
	 * Shows what applying a directory file would change, and whether it would need {@code confirm=true} or be refused,
	 * without changing anything.
	 * @param exchange the request, as for an import
	 * @return the counts, the first people of each kind of change and the warnings
	 */
	@Operation(operationId = "previewDirectoryImport", summary = "Preview a directory import",
			description = "For administrators of the whole organisation and the bootstrap administrator. What applying the "
					+ "directory file would change, whether it would need confirm=true or be refused, and the first people "
					+ "of each kind of change. Changes nothing.")
	@PostMapping(path = "/api/v1/admin/directory/previews",
			consumes = { MediaType.APPLICATION_NDJSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@RequestBody(description = "The directory file: JSON Lines, UTF-8 (docs/directory-format.md)", required = true,
			content = { @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE, schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "directory", summary = "Two units, a manager", value = EXAMPLE)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	Mono<DirectoryPreview> preview(ServerWebExchange exchange) {
		return content(exchange).flatMap((content) -> this.imports.previewUpload(content, SOURCE));
	}

	private Mono<String> content(ServerWebExchange exchange) {
		int maxBytes = (int) Math.min(Integer.MAX_VALUE, this.limit.toBytes());
		if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
			return Mono.error(new DirectoryTooLarge(this.limit));
		}
		return DataBufferUtils.join(exchange.getRequest().getBody(), maxBytes)
			.map((buffer) -> Utf8Body.decode(buffer, SOURCE))
			.defaultIfEmpty("")
			.onErrorMap(DataBufferLimitException.class, (ex) -> new DirectoryTooLarge(this.limit));
	}

	// The hub's authentication names the signed-in person by their id; anything else is recorded as unknown.
	private static Mono<Optional<UUID>> appliedBy(ServerWebExchange exchange) {
		return exchange.getPrincipal()
			.map(Principal::getName)
			.map(DirectoryImportController::personId)
			.defaultIfEmpty(Optional.empty());
	}

	private static Optional<UUID> personId(String name) {
		try {
			return Optional.of(UUID.fromString(name));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
