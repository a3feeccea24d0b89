package se.budkavle.platform.jobs;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each job's schedule default is written once, in application.yml: not again as a placeholder default in the job's
 * {@code @Scheduled} nor as a {@code @DefaultValue} in its module's properties record.
 */
class ScheduleDefaultsTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

	@Test
	void everyJobsScheduleDefaultIsWrittenOnlyInApplicationYml() throws IOException {
		List<Class<?>> classes = mainClasses();
		Map<String, String> placeholders = scheduledPlaceholders(classes);
		List<PropertySource<?>> yml = new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"));

		assertThat(placeholders).as("the jobs' schedules read from properties")
			.containsKeys("budkavle.news.publication-interval", "budkavle.delivery.dispatch-interval",
					"budkavle.acknowledgement.reminder-check", "budkavle.cascade.nudge-check",
					"budkavle.crisis.sms.interval", "budkavle.m365.schedule", "budkavle.records.retention.schedule");
		placeholders.forEach((key, placeholder) -> {
			assertThat(placeholder).as("the @Scheduled placeholder of " + key + " repeats no default")
				.doesNotContain(":");
			assertThat(yml.get(0).getProperty(key)).as(key + " in application.yml").isNotNull();
			assertThat(defaultValueOf(classes, key)).as("@DefaultValue of " + key + " in its properties record")
				.isNull();
		});
	}

	/** Every placeholder a {@code @Scheduled} names, by property key, as written. */
	private static Map<String, String> scheduledPlaceholders(List<Class<?>> classes) {
		Map<String, String> placeholders = new TreeMap<>();
		for (Class<?> type : classes) {
			for (Method method : type.getDeclaredMethods()) {
				Scheduled scheduled = method.getAnnotation(Scheduled.class);
				if (scheduled != null) {
					for (String value : List.of(scheduled.cron(), scheduled.fixedDelayString(),
							scheduled.fixedRateString(), scheduled.initialDelayString())) {
						Matcher matcher = PLACEHOLDER.matcher(value);
						while (matcher.find()) {
							placeholders.put(matcher.group(1).split(":", 2)[0], matcher.group(1));
						}
					}
				}
			}
		}
		return placeholders;
	}

	/** The {@code @DefaultValue} the properties records give a key, or {@code null} when they give none. */
	private static String[] defaultValueOf(List<Class<?>> classes, String key) {
		Class<?> owner = classes.stream()
			.filter((type) -> type.isRecord() && type.isAnnotationPresent(ConfigurationProperties.class))
			.filter((type) -> key.startsWith(prefix(type) + "."))
			.max(Comparator.comparingInt((type) -> prefix(type).length()))
			.orElse(null);
		if (owner == null) {
			return null;
		}
		Class<?> type = owner;
		String[] path = key.substring(prefix(owner).length() + 1).split("\\.");
		for (int i = 0; i < path.length; i++) {
			RecordComponent component = component(type, path[i]);
			if (component == null) {
				return null;
			}
			if (i == path.length - 1) {
				DefaultValue value = constructorParameterAnnotation(type, component);
				return (value != null) ? value.value() : null;
			}
			type = component.getType();
		}
		return null;
	}

	private static RecordComponent component(Class<?> type, String kebab) {
		if (!type.isRecord()) {
			return null;
		}
		String camel = Pattern.compile("-([a-z])").matcher(kebab).replaceAll((m) -> m.group(1).toUpperCase());
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals(camel)) {
				return component;
			}
		}
		return null;
	}

	private static DefaultValue constructorParameterAnnotation(Class<?> type, RecordComponent component) {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
		}
		try {
			var parameters = type.getDeclaredConstructor(types).getParameters();
			for (int i = 0; i < components.length; i++) {
				if (components[i].getName().equals(component.getName())) {
					return parameters[i].getAnnotation(DefaultValue.class);
				}
			}
			return null;
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String prefix(Class<?> type) {
		ConfigurationProperties properties = type.getAnnotation(ConfigurationProperties.class);
		return properties.value().isEmpty() ? properties.prefix() : properties.value();
	}

	private static List<Class<?>> mainClasses() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter((reader, factory) -> !reader.getClassMetadata().getClassName().endsWith("Tests"));
		List<Class<?>> classes = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("se.budkavle")) {
			classes.add(ClassUtils.resolveClassName(definition.getBeanClassName(), null));
		}
		return classes;
	}
}
