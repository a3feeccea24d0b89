package se.budkavle.reach.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;
import se.budkavle.records.Audit;
import se.budkavle.reach.Listening;
import se.budkavle.reach.Listenings;
import se.budkavle.reach.PostComparison;
import se.budkavle.reach.PostComparisons;
import se.budkavle.reach.PostReach;
import se.budkavle.reach.PostReaches;
import se.budkavle.reach.ReachTable;
import se.budkavle.reach.UnitReport;
import se.budkavle.reach.UnitChoices;
import se.budkavle.reach.UnitReports;

/**
 * Reach figures for HR, communicators and managers, as JSON and as CSV/XLSX exports of the same tables.
 */
@RestController
class ReachController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final PostReaches posts;

	private final UnitReports units;

	private final Listenings listenings;

	private final UnitChoices choices;

	private final PostComparisons comparisons;

	private final Audit audit;

	ReachController(PostReaches posts, UnitReports units, Listenings listenings, UnitChoices choices,
			PostComparisons comparisons, Audit audit) {
		this.audit = audit;
		this.posts = posts;
		this.units = units;
		this.listenings = listenings;
		this.choices = choices;
		this.comparisons = comparisons;
	}

	/**
	 * Where the viewer's figures start (the top of their scope) and the units they may choose whose name contains
	 * {@code q}, highest first, each with its path from the top of their scope.
	 * @param q part of a unit's name (blank: the highest units)
	 * @param limit how many units, 0–50 (default 20)
	 * @return the start and the units
	 */
	@Operation(operationId = "listReachUnits", summary = "Choose a unit for reach figures",
			description = "For HR and communicators (the whole organisation, or the subtrees their role is scoped to) and "
					+ "managers and deputies (the subtrees they lead); nobody else. Where the caller's figures start (the "
					+ "top of their scope) and the units they may choose whose name contains q, each with its path. "
					+ "Changes nothing.")
	@GetMapping("/api/v1/reach/units")
	Mono<UnitChoices.Choices> units(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "20") int limit) {
		return Viewers.current().flatMap((viewer) -> this.choices.find(viewer, q, limit));
	}

	/**
	 * The most frequent themes in the comments and questions of a unit's subtree in a period, counts only.
	 * @param id the unit
	 * @param from the start of the period (default: 30 days before {@code to})
	 * @param to the end of the period (default: now)
	 * @return the themes
	 */
	@Operation(operationId = "getUnitThemes", summary = "Show the themes of a unit",
			description = "For HR and communicators (the whole organisation, or the subtrees their role is scoped to) and "
					+ "managers and deputies (the subtrees they lead); nobody else. The most frequent themes in the "
					+ "comments and questions of the unit's subtree in the period, counts only, each shared by enough "
					+ "different authors. Changes nothing.")
	@GetMapping("/api/v1/reach/units/{id}/themes")
	Mono<Listening> themes(@PathVariable UUID id, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		return Viewers.current().flatMap((viewer) -> this.listenings.themes(viewer, id, from, to));
	}

	/**
	 * How the posts of a period did within a unit's subtree, per child unit, with small groups folded.
	 * @param id the unit
	 * @param from the start of the period (default: 30 days before {@code to})
	 * @param to the end of the period (default: now)
	 * @return the report
	 */
	@Operation(operationId = "getUnitReach", summary = "Report a unit's reach",
			description = "For HR and communicators (the whole organisation, or the subtrees their role is scoped to) and "
					+ "managers and deputies (the subtrees they lead); nobody else. How the posts of the period did within "
					+ "the unit's subtree, per child unit, groups too small to show folded. Changes nothing.")
	@GetMapping("/api/v1/reach/units/{id}")
	Mono<UnitReport> unit(@PathVariable UUID id, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		return Viewers.current().flatMap((viewer) -> this.units.report(viewer, id, from, to));
	}

	/**
	 * The posts of a period side by side within a unit's subtree: reach and acknowledgement per post, newest first.
	 * @param id the unit
	 * @param from the start of the period (default: 30 days before {@code to})
	 * @param to the end of the period (default: now)
	 * @return the comparison
	 */
	@Operation(operationId = "compareUnitPosts", summary = "Compare the posts of a unit",
			description = "For HR and communicators (the whole organisation, or the subtrees their role is scoped to) and "
					+ "managers and deputies (the subtrees they lead); nobody else. The posts of the period side by side "
					+ "within the unit's subtree, reach and acknowledgement per post, newest first. Changes nothing.")
	@GetMapping("/api/v1/reach/units/{id}/posts")
	Mono<PostComparison> posts(@PathVariable UUID id, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to) {
		return Viewers.current().flatMap((viewer) -> this.comparisons.compare(viewer, id, from, to));
	}

	/**
	 * The same report as a file.
	 * @param id the unit
	 * @param from the start of the period
	 * @param to the end of the period
	 * @param format {@code csv} or {@code xlsx}
	 * @return the file
	 */
	@Operation(operationId = "exportUnitReach", summary = "Export a unit's reach report",
			description = "For HR and communicators (the whole organisation, or the subtrees their role is scoped to) and "
					+ "managers and deputies (the subtrees they lead); nobody else. The same report as GET "
					+ "/api/v1/reach/units/{id}, as a CSV or XLSX file. Changes nothing.")
	@GetMapping("/api/v1/reach/units/{id}/export")
	Mono<ResponseEntity<byte[]>> unitExport(@PathVariable UUID id, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(defaultValue = "csv") ExportFormat format) {
		return unit(id, from, to).map((report) -> file(ReachTable.of(report), format, ExportNames.of(report)))
			.flatMap((file) -> exported("unit:" + id, id, format).thenReturn(file));
	}

	/**
	 * How far a post got within a unit's subtree, per child unit, with small groups folded.
	 * @param id the post
	 * @param unitId the unit (default: the top of the organisation, or the highest unit a manager leads)
	 * @return the figures
	 */
	@Operation(operationId = "getPostReach", summary = "Show a post's reach",
			description = "For HR and communicators (the whole organisation, or the subtrees their role is scoped to) and "
					+ "managers and deputies (the subtrees they lead); nobody else. How far the post got within the unit's "
					+ "subtree (by default the top of the caller's scope), per child unit, groups too small to show "
					+ "folded. Changes nothing.")
	@GetMapping("/api/v1/reach/posts/{id}")
	Mono<PostReach> post(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current().flatMap((viewer) -> this.posts.reach(viewer, id, unitId));
	}

	/**
	 * The same table as a file.
	 * @param id the post
	 * @param unitId the unit
	 * @param format {@code csv} or {@code xlsx}
	 * @return the file
	 */
	@Operation(operationId = "exportPostReach", summary = "Export a post's reach",
			description = "For HR and communicators (the whole organisation, or the subtrees their role is scoped to) and "
					+ "managers and deputies (the subtrees they lead); nobody else. The same table as GET "
					+ "/api/v1/reach/posts/{id}, as a CSV or XLSX file. Changes nothing.")
	@GetMapping("/api/v1/reach/posts/{id}/export")
	Mono<ResponseEntity<byte[]>> postExport(@PathVariable UUID id, @RequestParam(required = false) UUID unitId,
			@RequestParam(defaultValue = "csv") ExportFormat format) {
		return post(id, unitId).map((reach) -> file(ReachTable.of(reach), format, ExportNames.of(reach)))
			.flatMap((file) -> exported("post:" + id, unitId, format).thenReturn(file));
	}

	private Mono<Void> exported(String subject, UUID unitId, ExportFormat format) {
		return Viewers.current()
			.flatMap((viewer) -> this.audit.record(viewer.personId(), "reach.exported", subject, unitId,
					format.name().toLowerCase(java.util.Locale.ROOT)));
	}

	static ResponseEntity<byte[]> file(ReachTable table, ExportFormat format, String name) {
		boolean csv = format == ExportFormat.CSV;
		byte[] body = csv ? Exports.csv(table) : Exports.xlsx(table);
		return ResponseEntity.ok()
			.contentType(csv ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + (csv ? ".csv" : ".xlsx")).build().toString())
			.body(body);
	}

	/** The export file formats. */
	enum ExportFormat {

		CSV, XLSX;

	}
}
