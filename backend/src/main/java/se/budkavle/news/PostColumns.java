package se.budkavle.news;

import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

import se.budkavle.platform.Binding;

/** Binds the columns a post request sets, the same way for a new post and an edited one. */
final class PostColumns {

	private PostColumns() {
	}

	static GenericExecuteSpec bind(GenericExecuteSpec spec, PostRequest request, Markdown.Rendered rendered,
			Instant publishAt, Instant now) {
		GenericExecuteSpec bound = spec.bind("title", request.title().strip())
			.bind("body", request.body())
			.bind("html", rendered.html())
			.bind("excerpt", rendered.excerpt())
			.bind("priority", request.priorityOrDefault().name())
			.bind("language", request.languageOrDefault())
			.bind("comments", request.commentsOrDefault())
			.bind("ackRequired", request.acknowledgementRequired())
			.bind("publishAt", publishAt)
			.bind("now", now);
		bound = Binding.nullable(bound, "ackDeadline", request.acknowledgementDeadline(), Instant.class);
		return Binding.nullable(bound, "expiresAt", request.expiresAt(), Instant.class);
	}
}
