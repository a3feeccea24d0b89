package se.budkavle.delivery;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code email} channel: notifications and announcements by e-mail over SMTP, there only when
 * {@code spring.mail.host} is set. JavaMail blocks, so each message is sent on the bounded elastic scheduler. Every
 * attempt of one delivery carries the same {@code Message-ID} (its idempotency key): a message sent again after a crash
 * is the same message, which mail servers and clients recognise as a duplicate.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class SmtpEmail implements DeliveryChannel {

	static final String NAME = "email";

	private final JavaMailSender sender;

	private final DeliveryProperties properties;

	private final DeepLinks links;

	SmtpEmail(JavaMailSender sender, DeliveryProperties properties, DeepLinks links) {
		this.sender = sender;
		this.properties = properties;
		this.links = links;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean enabled() {
		return true;
	}

	@Override
	public Mono<Void> deliver(Delivery delivery) {
		if (delivery.recipient() == null || delivery.recipient().email() == null) {
			return Mono.error(new NoAddress(delivery));
		}
		return Mono.fromCallable(() -> message(delivery))
			.doOnNext(this.sender::send)
			.subscribeOn(Schedulers.boundedElastic())
			.then();
	}

	private MimeMessage message(Delivery delivery) throws MessagingException {
		MimeMessage message = new StableIdMessage(this.sender.createMimeMessage().getSession(), messageId(delivery));
		var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.mailFrom());
		helper.setTo(delivery.recipient().email());
		if (delivery.notification() != null) {
			helper.setSubject(delivery.notification().title());
			helper.setText(text(delivery.notification().body(), delivery.notification().link()));
		}
		else {
			helper.setSubject(delivery.announcement().title());
			helper.setText(text(delivery.announcement().excerpt(), delivery.announcement().link()));
		}
		return message;
	}

	/** {@code <delivery-<id>@<the sender's domain>>}: the same for every attempt of one delivery. */
	String messageId(Delivery delivery) {
		String from = this.properties.mailFrom();
		String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "") : "budkavle";
		return "<delivery-" + delivery.id() + "@" + domain + ">";
	}

	private String text(String body, String link) {
		String absolute = this.links.absolute(link);
		return (absolute != null) ? body + "\n\n" + absolute + "\n" : body + "\n";
	}

	/** A message whose {@code Message-ID} is given, not drawn anew when it is sent. */
	private static final class StableIdMessage extends MimeMessage {

		private final String id;

		StableIdMessage(Session session, String id) {
			super(session);
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.id);
		}
	}

	/** Raised for a person the hub has no e-mail address for; retried in case the directory gains one. */
	static class NoAddress extends RuntimeException {

		NoAddress(Delivery delivery) {
			super("No e-mail address for delivery " + delivery.id());
		}
	}
}
