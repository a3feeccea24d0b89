package se.budkavle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo hub as a new user meets it: the hub in demo mode on a real port with its embedded PostgreSQL and demo
 * organisation and Web Push on (as the run command has it), the real widget bundle, and real Chromium driven by the
 * end-to-end script in {@code widgets/test/e2e}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "budkavle.demo.seed=true", "budkavle.delivery.web-push.enabled=true" })
class DemoHubBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void aNewUserPicksAPersonaAndTheWidgetShowsWhoTheyAre() throws Exception {
		Path widgets = Path.of("..", "widgets").toAbsolutePath().normalize();
		assertThat(widgets.resolve("node_modules")).as("widgets built with npm ci").isDirectory();
		Path log = Files.createTempFile("demo-hub-e2e", ".log");
		ProcessBuilder script = new ProcessBuilder("node", "--test", "--test-reporter=spec",
				"test/e2e/demo-hub.test.mjs", "test/e2e/comments-xss.test.mjs")
			.directory(widgets.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		script.environment().put("BK_HUB_URL", "http://127.0.0.1:" + this.port);
		Process node = script.start();
		boolean finished = node.waitFor(5, TimeUnit.MINUTES);
		String output = Files.readString(log);
		System.out.println(output);
		assertThat(finished).as("end-to-end script finished in time").isTrue();
		assertThat(node.exitValue()).as(output).isZero();
	}
}
