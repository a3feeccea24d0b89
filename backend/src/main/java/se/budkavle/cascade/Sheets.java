package se.budkavle.cascade;

import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.budkavle.delivery.DeepLinks;
import se.budkavle.identity.Viewer;
import se.budkavle.news.Posts;

/**
 * Prints a unit's meeting sheet: records the print as a relay (with the same rights) and draws the sheet, with the
 * unit's latest local post as its local context and the QR code's link.
 */
@Component
class Sheets {

	private static final String CONTENT = """
			select c.title, c.message, c.talking_points, cu.unit_name,
			       (select r.post_id from cascade_relay r where r.cascade_id = cu.cascade_id and r.unit_id = cu.unit_id
			        and r.kind = 'POST' order by r.relayed_at desc, r.id limit 1) as post_id
			from cascade c join cascade_unit cu on cu.cascade_id = c.id
			where c.id = :cascadeId and cu.unit_id = :unitId""";

	private final DatabaseClient database;

	private final Relaying relaying;

	private final Posts posts;

	private final JsonMapper json;

	private final DeepLinks links;

	Sheets(DatabaseClient database, Relaying relaying, Posts posts, JsonMapper json, DeepLinks links) {
		this.database = database;
		this.relaying = relaying;
		this.posts = posts;
		this.json = json;
		this.links = links;
	}

	Mono<byte[]> sheet(UUID cascadeId, UUID unitId, Viewer viewer) {
		if (unitId == null) {
			return Mono.error(InvalidCascade.of("unitId", "The unit whose sheet to print is required."));
		}
		return this.relaying.relay(cascadeId, viewer, new RelayRequest(unitId, RelayRequest.Kind.PRINT, null, null))
			.then(this.database.sql(CONTENT)
				.bind("cascadeId", cascadeId)
				.bind("unitId", unitId)
				.map((row) -> new Row(row.get("title", String.class), row.get("message", String.class),
						row.get("talking_points", Json.class).asString(), row.get("unit_name", String.class),
						row.get("post_id", UUID.class)))
				.one())
			.flatMap((row) -> content(row, viewer))
			.flatMap((content) -> Mono.fromCallable(() -> SheetPdf.of(content)).subscribeOn(Schedulers.boundedElastic()));
	}

	private Mono<SheetPdf.Content> content(Row row, Viewer viewer) {
		List<String> points = this.json.readValue(row.talkingPoints(), new TypeReference<List<String>>() {
		});
		if (row.postId() == null) {
			return Mono.just(new SheetPdf.Content(row.title(), row.unitName(), row.message(), null, points, null));
		}
		return this.posts.access(row.postId(), viewer)
			.map((access) -> access.title())
			.defaultIfEmpty("")
			.map((title) -> new SheetPdf.Content(row.title(), row.unitName(), row.message(),
					title.isEmpty() ? null : title, points, this.links.post(row.postId())));
	}

	private record Row(String title, String message, String talkingPoints, String unitName, UUID postId) {
	}
}
