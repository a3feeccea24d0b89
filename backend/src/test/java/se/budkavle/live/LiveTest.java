package se.budkavle.live;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The running hub as the live tests share it: quick heartbeats, a short sign-in deadline, the test topics and clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "budkavle.live.heartbeat=1s", "budkavle.live.auth-timeout=5s" })
@Import(LiveTestConfiguration.class)
@interface LiveTest {

}
