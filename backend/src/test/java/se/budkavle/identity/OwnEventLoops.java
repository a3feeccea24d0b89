package se.budkavle.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

/**
 * Gives a hub a test starts itself its own Reactor Netty event loops, as Spring Boot does for {@code @SpringBootTest}
 * contexts. Two hubs on the global ones hung on closing: the first to close shut the shared loops down, and the second
 * then waited for ever for their disposal to be confirmed (seen in ViewerCacheTests).
 */
final class OwnEventLoops implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof ReactorResourceFactory factory) {
					factory.setUseGlobalResources(false);
				}
				return bean;
			}
		});
	}
}
