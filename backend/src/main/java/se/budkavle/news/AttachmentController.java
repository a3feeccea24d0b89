package se.budkavle.news;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;

/**
 * Image attachments for posts: {@code POST /api/v1/attachments} (multipart, field {@code file}) and the signed links
 * that serve them without a token, so that an {@code <img>} on an intranet page can show them.
 */
@RestController
class AttachmentController {

	private final Attachments attachments;

	private final AttachmentUrls urls;

	AttachmentController(Attachments attachments, AttachmentUrls urls) {
		this.attachments = attachments;
		this.urls = urls;
	}

	@Operation(operationId = "uploadAttachment", summary = "Upload an image",
			description = "For people who may post: communicators, administrators and managers. Stores an image (multipart "
					+ "field file) for use in posts and answers 201 with its address in Location.")
	@ApiResponse(responseCode = "201", description = "The image is stored", headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The new resource's address",
				schema = @Schema(type = "string", format = "uri-reference")) })
	@PostMapping(path = "/api/v1/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ResponseEntity<Attachments.Uploaded>> upload(@RequestPart(name = "file", required = false) Mono<Part> file) {
		return file.filter(FilePart.class::isInstance)
			.cast(FilePart.class)
			.switchIfEmpty(Mono.error(MissingFile::new))
			.zipWith(Viewers.current())
			.flatMap((upload) -> this.attachments.upload(upload.getT2(), upload.getT1()))
			.map((uploaded) -> ResponseEntity.created(URI.create(AttachmentUrls.PATH + uploaded.id())).body(uploaded));
	}

	@Operation(operationId = "getAttachment", summary = "Fetch an image",
			description = "Open, no token (an img element cannot send one), but only through a link the hub signed for a "
					+ "reader (sig and exp). Answers the image. Changes nothing.")
	@GetMapping(AttachmentUrls.PATH + "{id}")
	Mono<ResponseEntity<byte[]>> image(@PathVariable UUID id, @RequestParam(required = false) String sig,
			@RequestParam(required = false) String exp) {
		return Mono.fromRunnable(() -> this.urls.verify(id, sig, exp))
			.then(this.attachments.find(id))
			.switchIfEmpty(Mono.error(AttachmentNotFound::new))
			.map((image) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.contentType()))
				.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
				.body(image.bytes()));
	}
}
