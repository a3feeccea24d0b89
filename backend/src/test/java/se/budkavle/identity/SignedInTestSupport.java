package se.budkavle.identity;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running hub with the demo personas in its organisation and a way to sign tokens for them, shared by the web
 * tests of this module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class SignedInTestSupport {

	final TestOrganisation organisation = TestOrganisation.inTests();

	@Autowired
	WebTestClient client;

	@Autowired
	DatabaseClient database;

	TestTokens tokens;

	@BeforeEach
	void organisation(@Autowired DemoKeys keys) {
		this.organisation.ensure(this.database).block();
		this.tokens = new TestTokens(keys);
	}
}
