package se.budkavle.acknowledgement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Posts published through the news API ({@code POST /api/v1/posts}), which resolves and stores their audience.
 */
final class AckPosts {

	private AckPosts() {
	}

	/**
	 * Publishes a post now to a unit and its subunits.
	 * @param author a client signed in as someone who may post to the unit
	 * @param deadline the acknowledgement deadline, or {@code null} for a post that does not ask for acknowledgement
	 * @return the post's id
	 */
	static UUID publish(WebTestClient author, UUID unit, Instant deadline) {
		Map<String, Object> acknowledgement = (deadline != null)
				? Map.of("required", true, "deadline", deadline.toString()) : Map.of("required", false);
		Map<String, Object> post = Map.of("title", "Nytt schema", "body", "Schemat för december är klart.",
				"priority", "NORMAL", "language", "sv", "commentsEnabled", true, "targets",
				List.of(Map.of("unitId", unit.toString(), "includeSubunits", true)), "acknowledgement",
				acknowledgement);
		String id = author.post()
			.uri("/api/v1/posts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(post)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		return UUID.fromString(id);
	}
}
