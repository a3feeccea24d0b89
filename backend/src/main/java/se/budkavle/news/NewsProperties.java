package se.budkavle.news;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the news module.
 *
 * @param publicationInterval how often the job looks for scheduled posts whose time has come
 * @param feedPageSize the feed page size when the client names none
 * @param excerptLength the longest excerpt, in characters
 * @param imageOrigins intranet origins (e.g. {@code https://intranat.stad.se}) that images in posts may come from,
 * besides the hub itself; images from anywhere else are dropped
 * @param attachmentMaxBytes the largest image upload accepted
 * @param attachmentMaxDimension the longest side an uploaded image is kept at; larger ones are scaled down
 * @param attachmentSecret the key that signs attachment URLs; the same on every instance. Blank: a random one per
 * start
 * @param attachmentUrlLifetime how long a signed attachment URL works at least (at most twice as long)
 */
@ConfigurationProperties("budkavle.news")
record NewsProperties(Duration publicationInterval, @DefaultValue("20") int feedPageSize,
		@DefaultValue("200") int excerptLength, @DefaultValue({}) List<String> imageOrigins,
		@DefaultValue("5MB") DataSize attachmentMaxBytes, @DefaultValue("2000") int attachmentMaxDimension,
		String attachmentSecret, @DefaultValue("1h") Duration attachmentUrlLifetime) {
}
