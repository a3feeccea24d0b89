package se.budkavle.org;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The one application context of the organisation's tests. Its own properties give it its own throwaway database,
 * so these tests may empty the organisation tables without disturbing other modules' tests (which share theirs),
 * and a small upload limit lets a test exceed it cheaply.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=budkavle-org-tests", "budkavle.org.max-import-size=256KB" })
@AutoConfigureWebTestClient
public @interface OrgTest {
}
