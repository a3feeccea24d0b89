package se.budkavle.integration.graph;

import java.util.List;

import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.EmailAddress;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.users.item.sendmail.SendMailPostRequestBody;
import com.microsoft.kiota.ApiException;

/**
 * Sends e-mail through Graph from a mailbox ({@code POST /users/{mailbox}/sendMail}). Calls block; run them off any
 * event loop. (Teams channels are reached through their Workflows webhooks instead: Graph posts channel messages only
 * for a signed-in user.)
 */
public final class GraphMessages {

	private final GraphConnection connection;

	public GraphMessages(GraphConnection connection) {
		this.connection = connection;
	}

	/**
	 * Sends an e-mail from a mailbox, kept in its sent items.
	 * @param mailbox the sending mailbox (address or user id)
	 * @param to the recipient's address
	 * @param toName the recipient's name, or {@code null}
	 * @param subject the subject
	 * @param html the body as HTML
	 * @throws GraphUnavailable when Graph refuses or cannot be reached
	 */
	public void sendMail(String mailbox, String to, String toName, String subject, String html) {
		EmailAddress address = new EmailAddress();
		address.setAddress(to);
		address.setName(toName);
		Recipient recipient = new Recipient();
		recipient.setEmailAddress(address);
		Message message = new Message();
		message.setSubject(subject);
		message.setBody(body(html));
		message.setToRecipients(List.of(recipient));
		SendMailPostRequestBody request = new SendMailPostRequestBody();
		request.setMessage(message);
		request.setSaveToSentItems(true);
		send(() -> {
			this.connection.client().users().byUserId(mailbox).sendMail().post(request);
			return null;
		});
	}

	private static ItemBody body(String html) {
		ItemBody body = new ItemBody();
		body.setContentType(BodyType.Html);
		body.setContent(html);
		return body;
	}

	private static <T> T send(java.util.function.Supplier<T> request) {
		try {
			return GraphDirectorySource.call(request);
		}
		catch (ApiException ex) {
			throw GraphDirectorySource.unavailable(ex);
		}
	}
}
