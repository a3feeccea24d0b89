package se.budkavle.news;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Signs the links to uploaded images, because an {@code <img>} on an intranet page cannot send the reader's bearer
 * token: the hub adds {@code ?sig=…&exp=…} (an HMAC-SHA256 of the id and the expiry under
 * {@code budkavle.news.attachment-secret}) to every attachment image of a post body it serves to someone who may read
 * the post, and serves an image only at such a link until it expires. Expiries are rounded to the lifetime, so one
 * reader gets the same link (and their browser's cached copy) for a while.
 */
@Component
class AttachmentUrls {

	static final String PATH = "/api/v1/attachments/";

	/** An attachment image in sanitised post HTML: the path and an id, nothing after it. */
	private static final Pattern IMAGE = Pattern.compile("(<img\\b[^>]*?\\bsrc=\")" + Pattern.quote(PATH)
			+ "([0-9a-fA-F-]{36})(\")");

	private final byte[] secret;

	private final long lifetime;

	private final Clock clock;

	AttachmentUrls(NewsProperties properties, Clock clock) {
		this.secret = StringUtils.hasText(properties.attachmentSecret())
				? properties.attachmentSecret().getBytes(StandardCharsets.UTF_8) : random();
		this.lifetime = Math.max(1, properties.attachmentUrlLifetime().toSeconds());
		this.clock = clock;
	}

	/** The signed link to an attachment, valid for at least the lifetime. */
	String signed(UUID id) {
		long now = this.clock.instant().getEpochSecond();
		long expires = (now / this.lifetime + 2) * this.lifetime;
		return PATH + id + "?sig=" + signature(id, expires) + "&exp=" + expires;
	}

	/** The post HTML with every attachment image's link signed; the HTML is stored unsigned. */
	String signImages(String html) {
		return signImages(html, (id) -> true);
	}

	/** The post HTML with the links of the chosen attachment images signed; the others stay unsigned. */
	String signImages(String html, Predicate<UUID> chosen) {
		if (html == null || !html.contains(PATH)) {
			return html;
		}
		Matcher matcher = IMAGE.matcher(html);
		StringBuilder signed = new StringBuilder();
		while (matcher.find()) {
			UUID id = UUID.fromString(matcher.group(2));
			String link = chosen.test(id) ? signed(id).replace("&", "&amp;") : PATH + id;
			matcher.appendReplacement(signed, Matcher.quoteReplacement(matcher.group(1) + link + matcher.group(3)));
		}
		matcher.appendTail(signed);
		return signed.toString();
	}

	/** The ids of the attachment images in sanitised post HTML. */
	Set<UUID> imageIds(String html) {
		Set<UUID> ids = new HashSet<>();
		if (html != null) {
			Matcher matcher = IMAGE.matcher(html);
			while (matcher.find()) {
				ids.add(UUID.fromString(matcher.group(2)));
			}
		}
		return ids;
	}

	/**
	 * Checks a link.
	 * @throws AttachmentLinkRefused unless the signature is this hub's for the id and the expiry is still ahead
	 */
	void verify(UUID id, String signature, String expires) {
		if (!StringUtils.hasText(signature) || !StringUtils.hasText(expires)) {
			throw new AttachmentLinkRefused("The link to this image is not signed.");
		}
		long expiry;
		try {
			expiry = Long.parseLong(expires);
		}
		catch (NumberFormatException ex) {
			throw new AttachmentLinkRefused("The link to this image is not valid.");
		}
		boolean valid = MessageDigest.isEqual(signature(id, expiry).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
		if (!valid) {
			throw new AttachmentLinkRefused("The link to this image is not valid.");
		}
		if (!Instant.ofEpochSecond(expiry).isAfter(this.clock.instant())) {
			throw new AttachmentLinkRefused("The link to this image has expired; open the post again.");
		}
	}

	private String signature(UUID id, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] digest = mac.doFinal((id + ":" + expires).getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", ex);
		}
	}

	private static byte[] random() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}
}
