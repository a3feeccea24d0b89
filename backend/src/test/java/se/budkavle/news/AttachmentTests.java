package se.budkavle.news;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images for posts: uploaded by people who may post, checked, re-encoded without their metadata, kept in PostgreSQL,
 * and served only at links the hub signs for the readers of a post.
 */
class AttachmentTests extends HubTestSupport {

	private static final String SECRET_TEXT = "GPS 59.3293N 18.0686E Karin hemma";

	@Autowired
	AttachmentUrls urls;

	@Test
	void aManagerUploadsAPhotoThatIsReencodedWithoutItsMetadata() throws IOException {
		byte[] photo = withHiddenText(jpeg(640, 480));
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(SECRET_TEXT);

		Map<String, Object> uploaded = created(upload("enhet-manager", "semester.jpg", photo));
		assertThat(uploaded).containsEntry("width", 640).containsEntry("height", 480)
			.containsEntry("contentType", "image/jpeg");
		assertThat((String) uploaded.get("url")).startsWith("/api/v1/attachments/" + uploaded.get("id") + "?sig=");

		EntityExchangeResult<byte[]> served = this.client.get().uri((String) uploaded.get("url")).exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(MediaType.IMAGE_JPEG)
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectBody(byte[].class)
			.returnResult();
		assertThat(served.getResponseHeaders().getCacheControl()).contains("private");
		byte[] stored = served.getResponseBody();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET_TEXT).doesNotContain("Exif");
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(640);
	}

	@Test
	void aLargeImageWithTransparencyIsScaledDownToAPng() throws IOException {
		BufferedImage image = new BufferedImage(3000, 1000, BufferedImage.TYPE_INT_ARGB);
		Map<String, Object> uploaded = created(
				upload(as("communicator", Role.COMMUNICATOR), "karta.png", encode(image, "png")));
		assertThat(uploaded).containsEntry("width", 2000).containsEntry("height", 667)
			.containsEntry("contentType", "image/png");
	}

	@Test
	void onlyPeopleWhoMayPostUploadAndEveryBadFileIsRefusedWithAProblemAndStoresNothing() throws IOException {
		long before = attachments();
		upload("employee", "bild.png", encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png"))
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] png = encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png");
		Map<String, byte[]> unsupported = Map.of("text.png", "inte en bild".getBytes(StandardCharsets.UTF_8),
				"empty.png", new byte[0], "truncated.png", java.util.Arrays.copyOf(png, 40),
				"image.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
				"bomb.png", claimedSize(png, 100_000, 100_000));
		unsupported.forEach((name, bytes) -> upload("enhet-manager", name, bytes).expectStatus()
			.isEqualTo(415)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:unsupported-image"));
		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		new Random(18).nextBytes(huge);
		upload("enhet-manager", "huge.jpg", huge).expectStatus()
			.isEqualTo(413)
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:attachment-too-large");
		MultipartBodyBuilder wrongField = new MultipartBodyBuilder();
		wrongField.part("image", new ByteArrayResource(png) {
			@Override
			public String getFilename() {
				return "bild.png";
			}
		});
		as("enhet-manager").post().uri("/api/v1/attachments")
			.body(BodyInserters.fromMultipartData(wrongField.build()))
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		as("enhet-manager").post().uri("/api/v1/attachments").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"file\":\"x\"}")
			.exchange()
			.expectStatus().isEqualTo(415)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(attachments()).as("attachments stored").isEqualTo(before);
	}

	@Test
	void aReaderOfThePostSeesItsImageAndNobodyElseDoes() throws IOException {
		String id = (String) upload("enhet-manager", "schema.png",
				encode(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png"))
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
		UUID post = post("![Schemat för december](/api/v1/attachments/" + id + ") ![spår](https://tracker.example/t.png)");

		String html = (String) as("employee").get().uri("/api/v1/posts/{id}", post).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("html");
		assertThat(html).doesNotContain("tracker.example").contains("alt=\"Schemat för december\"");
		Matcher signed = Pattern.compile("src=\"(/api/v1/attachments/" + id + "\\?sig=[^\"]+)\"").matcher(html);
		assertThat(signed.find()).as("a signed link in " + html).isTrue();
		String link = signed.group(1).replace("&amp;", "&");
		this.client.get().uri(link).exchange().expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_PNG);

		as("outsider").get().uri("/api/v1/posts/{id}", post).exchange().expectStatus().isNotFound();
		refused("/api/v1/attachments/" + id);
		refused(link.replaceFirst("sig=.", "sig=" + (link.contains("sig=A") ? "B" : "A")));
		refused(link.replaceFirst("exp=(\\d+)", "exp=9$1"));
		this.client.get().uri(this.urls.signed(UUID.randomUUID())).exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.clock.advance(Duration.ofHours(3));
		refused(link);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> created(WebTestClient.ResponseSpec response) {
		return response.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
	}

	private void refused(String link) {
		this.client.get().uri(link).exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:attachment-link-refused");
	}

	private WebTestClient.ResponseSpec upload(String person, String name, byte[] bytes) {
		return upload(as(person), name, bytes);
	}

	private WebTestClient.ResponseSpec upload(WebTestClient client, String name, byte[] bytes) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return client.post().uri("/api/v1/attachments").body(BodyInserters.fromMultipartData(body.build())).exchange();
	}

	private UUID post(String body) {
		return UUID.fromString(as("enhet-manager").post()
			.uri("/api/v1/posts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "Schemat", "body", body, "targets",
					List.of(Map.of("unitId", unit("hsf-aldre-hemtjanst-syd").toString(), "includeSubunits", true))))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id").toString());
	}

	private long attachments() {
		return this.database.sql("select count(*) from attachment").map((row) -> row.get(0, Long.class)).one().block();
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x1d4f91));
		graphics.fillRect(0, 0, width / 2, height);
		graphics.dispose();
		return encode(image, "jpeg");
	}

	/** The JPEG with an Exif-like APP1 segment and a comment after its start marker, and text after its end. */
	private static byte[] withHiddenText(byte[] jpeg) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		segment(out, 0xE1, ("Exif\0\0" + SECRET_TEXT).getBytes(StandardCharsets.ISO_8859_1));
		segment(out, 0xFE, SECRET_TEXT.getBytes(StandardCharsets.ISO_8859_1));
		out.write(jpeg, 2, jpeg.length - 2);
		out.write(SECRET_TEXT.getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
		out.write(0xFF);
		out.write(marker);
		out.write((data.length + 2) >> 8);
		out.write((data.length + 2) & 0xFF);
		out.write(data, 0, data.length);
	}

	/** A PNG whose header claims another size (its CRC no longer matches, and the pixels are missing). */
	private static byte[] claimedSize(byte[] png, int width, int height) {
		byte[] copy = png.clone();
		// IHDR's width and height follow the 8-byte signature, the chunk length and the type
		for (int i = 0; i < 4; i++) {
			copy[16 + i] = (byte) (width >> (24 - 8 * i));
			copy[20 + i] = (byte) (height >> (24 - 8 * i));
		}
		return copy;
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}
}
