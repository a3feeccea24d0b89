package se.budkavle.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intranet case end to end: an intranet page on a second origin loads the widget bundle from the hub, signs a
 * manager and an employee in at a real Keycloak through {@code <bk-session>} (code + PKCE), and they post, read live,
 * acknowledge, ask anonymously and read the answer with the follow-up key, across access-token expiry. The realm is
 * the demo realm from {@code deploy/keycloak} with the intranet's origin added to the widgets client and 40-second
 * access tokens ({@link KeycloakStack}); the browser part is {@code widgets/test/e2e/intranet.test.mjs}.
 */
class IntranetEmbeddingIT {

	static KeycloakStack stack;

	@BeforeAll
	static void startKeycloakAndTheHub() throws IOException {
		stack = KeycloakStack.get();
	}

	@Test
	void aManagerAndAnEmployeeUseBudkavleOnAnIntranetOfAnotherOrigin() throws Exception {
		Path widgets = Path.of("..", "widgets").toAbsolutePath().normalize();
		assertThat(widgets.resolve("node_modules")).as("widgets built with npm ci").isDirectory();
		Path log = Files.createTempFile("intranet-e2e", ".log");
		ProcessBuilder script = new ProcessBuilder("node", "--test", "--test-reporter=spec",
				"test/e2e/intranet.test.mjs")
			.directory(widgets.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		script.environment().put("BK_HUB_URL", stack.hubUrl());
		script.environment().put("BK_ISSUER", stack.realmUrl);
		script.environment().put("BK_INTRANET_PORT", Integer.toString(stack.intranetPort));
		Process node = script.start();
		boolean finished = node.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			node.destroyForcibly();
		}
		String output = Files.readString(log);
		System.out.println(output);
		assertThat(finished).as("end-to-end script finished in time").isTrue();
		assertThat(node.exitValue()).as(output).isZero();
	}
}
