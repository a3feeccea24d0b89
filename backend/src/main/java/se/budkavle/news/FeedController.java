package se.budkavle.news;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;
import se.budkavle.platform.Cursor;

/**
 * The signed-in person's feed.
 */
@RestController
class FeedController {

	private final Feed feed;

	private final NewsProperties properties;

	FeedController(Feed feed, NewsProperties properties) {
		this.feed = feed;
		this.properties = properties;
	}

	/**
	 * @param after the {@code next} of the previous page
	 * @param limit the page size, 1 to 100
	 * @return the page
	 */
	@Operation(operationId = "getFeed", summary = "Read my feed",
			description = "For any signed-in person, about themselves only. The published posts addressed to them, the "
					+ "important ones first, then newest first, paged with after and limit. Changes nothing.")
	@GetMapping("/api/v1/feed")
	Mono<FeedPage> feed(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
		int size = Cursor.limit(limit, this.properties.feedPageSize());
		return Viewers.current().flatMap((viewer) -> this.feed.page(viewer.personId(), after, size));
	}
}
