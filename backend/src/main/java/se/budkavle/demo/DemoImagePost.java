package se.budkavle.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.identity.Viewer;
import se.budkavle.news.Attachments;
import se.budkavle.news.NewPost;
import se.budkavle.news.Posts;
import se.budkavle.org.Organisation;

/**
 * One demo post with an uploaded image (a drawn chart of the summer's staffing), so the demo shows images in posts
 * served at signed links; written together with the other sample posts, once.
 */
@Component
@ConditionalOnDemoMode
class DemoImagePost {

	static final String TITLE = "Så bemannar vi sommaren";

	private static final List<String> WEEKS = List.of("v. 26", "v. 27", "v. 28", "v. 29", "v. 30", "v. 31");

	private static final int[] STAFF = { 14, 12, 10, 10, 11, 13 };

	private final Organisation organisation;

	private final Attachments attachments;

	private final Posts posts;

	DemoImagePost(Organisation organisation, Attachments attachments, Posts posts) {
		this.organisation = organisation;
		this.attachments = attachments;
		this.posts = posts;
	}

	/** Publishes the post by Maria Holm to Hemtjänst Syd and its work groups. */
	Mono<UUID> seed() {
		var persona = DemoPersonas.ENHET_MANAGER;
		return Mono.zip(this.organisation.personByExternalId(persona.externalId()),
				this.organisation.unitByExternalId("hsf-aldre-hemtjanst-syd"))
			.flatMap((found) -> {
				var author = found.getT1();
				var viewer = new Viewer(author.id(), author.displayName(), author.email(), persona.roles());
				return Mono.fromCallable(DemoImagePost::chart)
					.subscribeOn(Schedulers.boundedElastic())
					.flatMap((png) -> this.attachments.store(author.id(), png))
					.flatMap((imageId) -> this.posts.publish(viewer, new NewPost(TITLE, body(imageId), false, false,
							null, List.of(new NewPost.Target(found.getT2().id(), true)))));
			});
	}

	private static String body(UUID imageId) {
		return "Här är hur många som arbetar varje vecka i sommar. Vecka 28 och 29 är vi färre, så planera "
				+ "besöken i god tid.\n\n![Stapeldiagram: 14 personer vecka 26, 12 vecka 27, 10 vecka 28 och 29, "
				+ "11 vecka 30 och 13 vecka 31](/api/v1/attachments/" + imageId + ")\n\nHälsningar **Maria**";
	}

	private static byte[] chart() {
		BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, 600, 300);
			graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
			for (int i = 0; i < STAFF.length; i++) {
				int height = STAFF[i] * 15;
				graphics.setColor(new Color(0x005a9c));
				graphics.fillRect(40 + i * 90, 250 - height, 60, height);
				graphics.setColor(new Color(0x1b1b1b));
				graphics.drawString(WEEKS.get(i), 45 + i * 90, 275);
				graphics.drawString(String.valueOf(STAFF[i]), 58 + i * 90, 242 - height);
			}
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
