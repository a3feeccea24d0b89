package se.budkavle.news;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;
import se.budkavle.platform.Input;

/**
 * What the author sees before publishing: how many people the chosen units reach, and the text as readers will see
 * it, rendered and sanitised exactly as a published post is.
 */
@RestController
class DraftController {

	private final AudienceCount audience;

	private final Markdown markdown;

	private final Attachments attachments;

	private final AttachmentUrls urls;

	DraftController(AudienceCount audience, Markdown markdown, Attachments attachments, AttachmentUrls urls) {
		this.audience = audience;
		this.markdown = markdown;
		this.attachments = attachments;
		this.urls = urls;
	}

	@Operation(operationId = "countPostAudience", summary = "Count a post's audience",
			description = "For people who may post to the chosen units (communicators and administrators within their role, "
					+ "managers and deputies for the units they lead). How many active people the targets would reach, the "
					+ "author not counted. Changes nothing.")
	@PostMapping("/api/v1/posts/audience-count")
	Mono<AudienceSize> audienceCount(@RequestBody AudienceRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.audience.count(viewer, request.targets()))
			.map(AudienceSize::new);
	}

	/**
	 * The text as readers will see it. Images the viewer uploaded themselves get signed links, so they show; other
	 * attachment images stay unsigned, so a preview never opens an image its writer could not already see.
	 */
	@Operation(operationId = "previewPost", summary = "Preview a post's text",
			description = "For any signed-in person. The Markdown rendered and sanitised exactly as a published post is; "
					+ "images the caller uploaded themselves get signed links. Changes nothing.")
	@PostMapping("/api/v1/posts/preview")
	Mono<Preview> preview(@RequestBody PreviewRequest request) {
		return Viewers.current().flatMap((viewer) -> {
			String html = this.markdown.render(request.checkedBody()).html();
			Set<UUID> images = this.urls.imageIds(html);
			Mono<Set<UUID>> own = images.isEmpty() ? Mono.just(Set.of())
					: this.attachments.uploadedBy(viewer.personId(), images);
			return own.map((uploaded) -> new Preview(this.urls.signImages(html, uploaded::contains)));
		});
	}

	/** The targets of a post not yet written, as a new post names them. */
	record AudienceRequest(List<PostRequest.Target> targets) {
	}

	/** How many people a post to the targets would reach, its author not counted. */
	record AudienceSize(long people) {
	}

	/** The Markdown to preview. */
	record PreviewRequest(String body) {

		PreviewRequest {
			Input.text("body", body);
		}

		String checkedBody() {
			if (this.body == null) {
				throw new InvalidPost(List.of(new InvalidPost.FieldError("body", "must be given")));
			}
			if (this.body.length() > PostRequest.MAX_BODY) {
				throw new InvalidPost(List.of(new InvalidPost.FieldError("body",
						"must be at most " + PostRequest.MAX_BODY + " characters")));
			}
			return this.body;
		}
	}

	/** The sanitised HTML readers would see. */
	record Preview(String html) {
	}
}
