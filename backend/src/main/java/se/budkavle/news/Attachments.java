package se.budkavle.news;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;

/**
 * Takes image uploads from people who may post (managers of a unit, communicators, admins), re-encodes them and
 * keeps them in the database; reads them back for signed links. Other modules store an image for a post they write
 * themselves (the demo's sample post) through {@link #store(UUID, byte[])}.
 */
@Service
public class Attachments {

	private static final String MAY_POST = """
			select exists (select 1 from org_unit_manager um join org_unit u on u.id = um.unit_id
			               where um.person_id = :personId and u.active)""";

	private final DatabaseClient database;

	private final AttachmentUrls urls;

	private final NewsProperties properties;

	private final Clock clock;

	Attachments(DatabaseClient database, AttachmentUrls urls, NewsProperties properties, Clock clock) {
		this.database = database;
		this.urls = urls;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores an uploaded image.
	 * @param viewer who uploads
	 * @param file the {@code file} part
	 * @return the stored attachment with a link signed for the uploader
	 */
	Mono<Uploaded> upload(Viewer viewer, FilePart file) {
		int max = (int) Math.min(Integer.MAX_VALUE - 1, this.properties.attachmentMaxBytes().toBytes());
		return mayPost(viewer).flatMap((allowed) -> allowed ? Mono.just(file)
				: Mono.error(new NotAllowed("Only people who may post may upload images.")))
			.flatMap((part) -> DataBufferUtils.join(part.content(), max))
			.onErrorMap(DataBufferLimitException.class, (ex) -> new AttachmentTooLarge(max))
			.map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
			.switchIfEmpty(Mono.error(() -> new UnsupportedImage("The file is empty.")))
			.publishOn(Schedulers.boundedElastic())
			.map((bytes) -> AttachmentImages.reencode(bytes, this.properties.attachmentMaxDimension()))
			.flatMap((image) -> store(viewer.personId(), image).map((id) -> new Uploaded(id, this.urls.signed(id),
					image.width(), image.height(), image.contentType())));
	}

	/**
	 * Re-encodes and stores an image as if the person had uploaded it, without asking whether they may post: for
	 * modules that write posts themselves.
	 * @param uploaderId who it is stored for
	 * @param image the image (PNG, JPEG, GIF or WebP)
	 * @return the attachment's id, for {@code ![alt](/api/v1/attachments/{id})} in a post's Markdown
	 */
	public Mono<UUID> store(UUID uploaderId, byte[] image) {
		return Mono.fromCallable(() -> AttachmentImages.reencode(image, this.properties.attachmentMaxDimension()))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((encoded) -> store(uploaderId, encoded));
	}

	/** Which of the attachments were uploaded by the person. */
	Mono<Set<UUID>> uploadedBy(UUID personId, Set<UUID> ids) {
		return this.database.sql("select id from attachment where uploaded_by = :personId and id = any(:ids)")
			.bind("personId", personId)
			.bind("ids", ids.toArray(UUID[]::new))
			.map((row) -> row.get(0, UUID.class))
			.all()
			.collect(Collectors.toSet());
	}

	/** An attachment's content type and bytes. */
	Mono<Stored> find(UUID id) {
		return this.database.sql("select content_type, bytes from attachment where id = :id")
			.bind("id", id)
			.map((row) -> new Stored(row.get("content_type", String.class), row.get("bytes", byte[].class)))
			.one();
	}

	private Mono<Boolean> mayPost(Viewer viewer) {
		if (viewer.hasRole(Role.COMMUNICATOR) || viewer.hasRole(Role.ADMIN)) {
			return Mono.just(true);
		}
		return this.database.sql(MAY_POST)
			.bind("personId", viewer.personId())
			.map((row) -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
			.one();
	}

	private Mono<UUID> store(UUID uploader, AttachmentImages.Encoded image) {
		return this.database.sql("""
				insert into attachment (uploaded_by, content_type, width, height, bytes, uploaded_at)
				values (:by, :type, :width, :height, :bytes, :at) returning id""")
			.bind("by", uploader)
			.bind("type", image.contentType())
			.bind("width", image.width())
			.bind("height", image.height())
			.bind("bytes", image.bytes())
			.bind("at", this.clock.instant())
			.map((row) -> row.get(0, UUID.class))
			.one();
	}

	/** The answer to an upload: where the image is (signed for the uploader) and what it became. */
	record Uploaded(UUID id, String url, int width, int height, String contentType) {
	}

	/** A stored image. */
	record Stored(String contentType, byte[] bytes) {
	}
}
