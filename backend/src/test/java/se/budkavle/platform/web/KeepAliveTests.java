package se.budkavle.platform.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many requests on one HTTP/1.1 keep-alive connection all get their answers: the regression test for the stall of
 * reactor/reactor-netty#4361, where a request that followed a quick answer (a 401, a 404) was never read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeepAliveTests {

	/** A test that waits longer than this for one answer has met the stall (the WebTestClient's timeout too). */
	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Test
	void twoHundredRequestsAlternatingQuickRefusalsAndRealAnswersAllAnswerOnOneConnection(
			@Autowired DatabaseClient database, @Autowired Organisation organisation, @Autowired DemoTokens tokens)
			throws IOException {
		String token = signedIn(database, organisation, tokens);
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout((int) ANSWER_TIMEOUT.toMillis());
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			for (int i = 0; i < 200; i++) {
				int expected = switch (i % 4) {
					case 0 -> send(out, in, "/api/v1/me", null);
					case 1 -> send(out, in, "/api/v1/me", token);
					case 2 -> send(out, in, "/api/v1/no-such-thing", token);
					default -> send(out, in, "/api/v1/me", token);
				};
				assertThat(expected).as("answer %d", i).isEqualTo((i % 4 == 0) ? 401 : (i % 4 == 2) ? 404 : 200);
			}
		}
	}

	private static String signedIn(DatabaseClient database, Organisation organisation, DemoTokens tokens) {
		database.sql("""
				insert into person (external_id, display_name, email)
				values ('keep-alive-person', 'Kim Kvar', 'kim.kvar@test.budkavle.se')
				on conflict (external_id) do nothing""").then().block();
		return tokens.issue(organisation.personByExternalId("keep-alive-person").block(), Set.of()).accessToken();
	}

	private static int send(OutputStream out, InputStream in, String path, String token) throws IOException {
		String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
				+ ((token != null) ? "Authorization: Bearer " + token + "\r\n" : "") + "\r\n";
		out.write(request.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return readResponse(in);
	}

	/** Reads one whole response (status line, headers, body by length or chunks) and returns its status. */
	private static int readResponse(InputStream in) throws IOException {
		String statusLine = readLine(in);
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		long length = 0;
		boolean chunked = false;
		for (String header = readLine(in); !header.isEmpty(); header = readLine(in)) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).trim());
			}
			if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			assertThat(lower).as("the hub keeps the connection open").isNotEqualTo("connection: close");
		}
		if (chunked) {
			for (long size = Long.parseLong(readLine(in).trim(), 16); size > 0; size = Long
				.parseLong(readLine(in).trim(), 16)) {
				skip(in, size);
				readLine(in);
			}
			readLine(in);
		}
		else {
			skip(in, length);
		}
		return status;
	}

	private static void skip(InputStream in, long count) throws IOException {
		in.readNBytes((int) count);
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("The hub closed the connection");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}
}
