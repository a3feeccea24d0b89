package se.budkavle.m365;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The one application context of the Microsoft 365 tests: switched on, talking to a local fake Graph and fake Teams
 * Workflows webhooks (the channel mapping is in {@link FakeGraphConfiguration}), with its own throwaway database (the
 * sync replaces the whole organisation) and a clock the tests move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=budkavle-m365-tests", "budkavle.m365.enabled=true",
				"budkavle.m365.tenant-id=fake-tenant", "budkavle.m365.mailbox=budkavle@demo.budkavle.se",
				"budkavle.delivery.hub-url=https://hub.test", "budkavle.ui.product-name=Insidan",
				"budkavle.delivery.links.post=" + M365Test.POST_LINK, "budkavle.delivery.links.crisis=" + M365Test.CRISIS_LINK })
@AutoConfigureWebTestClient(timeout = "60s")
@Import(FakeGraphConfiguration.class)
public @interface M365Test {

	/** The link template of posts in these tests: the intranet page that embeds the widgets. */
	String POST_LINK = "https://intranet.test/nyheter?budkavle-post={id}";

	/** The link template of crisis messages in these tests. */
	String CRISIS_LINK = "https://intranet.test/kris?budkavle-crisis={id}";
}
