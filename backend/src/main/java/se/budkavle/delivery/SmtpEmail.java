package se.budkavle.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code email} channel: notifications and announcements by e-mail over SMTP, there only when
 * {@code spring.mail.host} is set. JavaMail blocks, so each message is sent on the bounded elastic scheduler.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class SmtpEmail implements DeliveryChannel {

	static final String NAME = "email";

	private final JavaMailSender sender;

	private final DeliveryProperties properties;

	SmtpEmail(JavaMailSender sender, DeliveryProperties properties) {
		this.sender = sender;
		this.properties = properties;
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
		SimpleMailMessage message = message(delivery);
		return Mono.fromRunnable(() -> this.sender.send(message)).subscribeOn(Schedulers.boundedElastic()).then();
	}

	private SimpleMailMessage message(Delivery delivery) {
		var message = new SimpleMailMessage();
		message.setFrom(this.properties.mailFrom());
		message.setTo(delivery.recipient().email());
		if (delivery.notification() != null) {
			message.setSubject(delivery.notification().title());
			message.setText(text(delivery.notification().body(), delivery.notification().link()));
		}
		else {
			message.setSubject(delivery.announcement().title());
			message.setText(text(delivery.announcement().excerpt(), delivery.announcement().link()));
		}
		return message;
	}

	private String text(String body, String link) {
		String absolute = this.properties.absolute(link);
		return (absolute != null) ? body + "\n\n" + absolute + "\n" : body + "\n";
	}

	/** Raised for a person the hub has no e-mail address for; retried in case the directory gains one. */
	static class NoAddress extends RuntimeException {

		NoAddress(Delivery delivery) {
			super("No e-mail address for delivery " + delivery.id());
		}
	}
}
