package se.budkavle.delivery.webpush;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.budkavle.delivery.DeliveryProperties;
import se.budkavle.identity.ConditionalOnDemoMode;

/**
 * The application server (VAPID) key pair, there only when Web Push is switched on: the configured one, or in demo
 * mode one made at start when none is configured (said in the log). Outside demo mode a missing key stops the start,
 * since browsers' subscriptions are bound to the key and would all break with a new one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "budkavle.delivery.web-push.enabled", havingValue = "true")
class WebPushKeys {

	private static final Log logger = LogFactory.getLog(WebPushKeys.class);

	@Bean
	@ConditionalOnDemoMode
	VapidKeys demoVapidKeys(DeliveryProperties properties) {
		DeliveryProperties.WebPush settings = properties.webPush();
		if (configured(settings)) {
			return configuredKeys(settings);
		}
		VapidKeys generated = new VapidKeys(P256.generate(), settings.subject());
		logger.warn("Demo mode: no Web Push key configured (budkavle.delivery.web-push.public-key/private-key), so a "
				+ "key pair was made for this run; browsers subscribed now stop getting notifications after a restart. "
				+ "Public key: " + generated.publicKey());
		return generated;
	}

	@Bean
	@ConditionalOnMissingBean
	VapidKeys vapidKeys(DeliveryProperties properties) {
		DeliveryProperties.WebPush settings = properties.webPush();
		if (!configured(settings)) {
			throw new IllegalStateException("budkavle.delivery.web-push.enabled is true but no key pair is configured: "
					+ "set budkavle.delivery.web-push.public-key and private-key (README: Web Push)");
		}
		return configuredKeys(settings);
	}

	private static boolean configured(DeliveryProperties.WebPush settings) {
		return !settings.publicKey().isBlank() && !settings.privateKey().isBlank();
	}

	private static VapidKeys configuredKeys(DeliveryProperties.WebPush settings) {
		VapidKeys keys = VapidKeys.of(settings.publicKey(), settings.privateKey(), settings.subject());
		if (!keys.matching()) {
			throw new IllegalStateException("budkavle.delivery.web-push.public-key is not the private key's public key");
		}
		return keys;
	}
}
