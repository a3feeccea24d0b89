package se.budkavle.m365;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.platform.Cursor;

/**
 * Lets an administrator start a directory sync with Entra ID and follow it (the security chain gives
 * {@code /api/v1/admin/**} to admins only).
 */
@RestController
class DirectorySyncController {

	static final String SYNCS = "/api/v1/admin/directory/syncs";

	/** How often a run started on another instance is read again for its progress stream. */
	static final Duration POLL = Duration.ofSeconds(1);

	private final ObjectProvider<DirectorySync> sync;

	private final SyncRuns runs;

	DirectorySyncController(ObjectProvider<DirectorySync> sync, SyncRuns runs) {
		this.sync = sync;
		this.runs = runs;
	}

	/**
	 * Starts a sync; 409 when one is running or Microsoft 365 is not configured.
	 * @return 202 with the run's id
	 */
	@Operation(operationId = "startDirectorySync", summary = "Start a directory sync",
			description = "For administrators of the whole organisation. Starts a sync of people, units and managers from "
					+ "Microsoft Entra ID in the background and answers 202 with the run's id and its address in Location; "
					+ "refused while a sync is running or when Microsoft 365 is not configured.")
	@ApiResponse(responseCode = "202", description = "The sync started", headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The new resource's address",
				schema = @Schema(type = "string", format = "uri-reference")) })
	@PostMapping(SYNCS)
	Mono<ResponseEntity<Map<String, UUID>>> start(ServerWebExchange exchange) {
		DirectorySync sync = this.sync.getIfAvailable();
		if (sync == null) {
			return Mono.error(new M365NotConfigured());
		}
		return startedBy(exchange).flatMap((by) -> sync.start("admin", by.orElse(null)))
			.map((run) -> ResponseEntity.status(HttpStatus.ACCEPTED)
				.location(URI.create(SYNCS + "/" + run.runId()))
				.body(Map.of("runId", run.runId())));
	}

	/** The latest runs, newest first. */
	@Operation(operationId = "listDirectorySyncs", summary = "List the latest directory syncs",
			description = "For administrators of the whole organisation. The latest sync runs, newest first (limit, default "
					+ "20), each with its progress, errors and state. Changes nothing.")
	@GetMapping(SYNCS)
	Mono<Map<String, List<SyncRun>>> latest(@RequestParam(required = false) Integer limit) {
		return configured().thenMany(this.runs.latest(Cursor.limit(limit, 20)))
			.collectList()
			.map((items) -> Map.of("items", items));
	}

	/** One run: pages fetched, users seen, changes applied, errors and state. */
	@Operation(operationId = "getDirectorySync", summary = "Show a directory sync",
			description = "For administrators of the whole organisation. One sync run: pages fetched, users seen, changes "
					+ "applied, errors and state. Changes nothing.")
	@GetMapping(SYNCS + "/{runId}")
	Mono<SyncRun> run(@PathVariable UUID runId) {
		return configured().then(find(runId));
	}

	/**
	 * The run's progress as server-sent events named {@code progress}, each the whole run; the stream ends with the
	 * run.
	 */
	@Operation(operationId = "followDirectorySync", summary = "Follow a directory sync",
			description = "For administrators of the whole organisation. The run's progress as server-sent events named "
					+ "progress, each carrying the whole run; the stream ends when the run does. Changes nothing.")
	@GetMapping(path = SYNCS + "/{runId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<SyncRun>> events(@PathVariable UUID runId) {
		return configured().then(find(runId))
			.flatMapMany((run) -> run.finished() ? Flux.just(run) : follow(runId))
			.map((run) -> ServerSentEvent.builder(run).event("progress").id(run.runId() + "/" + run.pagesFetched()
					+ "/" + run.state()).build());
	}

	// A run of this instance reports every page; one running elsewhere is read again every second.
	private Flux<SyncRun> follow(UUID runId) {
		DirectorySync sync = this.sync.getObject();
		Flux<SyncRun> local = sync.progress(runId);
		Flux<SyncRun> polled = Flux.interval(Duration.ZERO, POLL)
			.concatMap((tick) -> this.runs.find(runId))
			.distinctUntilChanged()
			.takeUntil(SyncRun::finished);
		return local.switchIfEmpty(polled);
	}

	private Mono<SyncRun> find(UUID runId) {
		return this.runs.find(runId).switchIfEmpty(Mono.error(() -> new SyncRunNotFound(runId)));
	}

	private Mono<Void> configured() {
		return (this.sync.getIfAvailable() != null) ? Mono.empty() : Mono.error(new M365NotConfigured());
	}

	private static Mono<Optional<UUID>> startedBy(ServerWebExchange exchange) {
		return exchange.getPrincipal().map(Principal::getName).map((name) -> {
			try {
				return Optional.of(UUID.fromString(name));
			}
			catch (IllegalArgumentException ex) {
				return Optional.<UUID>empty();
			}
		}).defaultIfEmpty(Optional.empty());
	}
}
