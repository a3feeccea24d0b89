package se.budkavle.delivery;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(OutputCaptureExtension.class)
class DeepLinksTests {

	private static final UUID ID = UUID.fromString("0b9f2f7e-3c1a-4d7e-9a55-2f1d7c0e8a11");

	@Test
	void byDefaultEveryLinkLeadsToTheHubsOwnPageWithTheThingNamedInTheQuery() {
		DeepLinks links = links("budkavle.delivery.hub-url", "https://hub.example/");

		assertThat(links.post(ID)).isEqualTo("https://hub.example/?budkavle-post=" + ID);
		assertThat(links.crisis(ID)).isEqualTo("https://hub.example/?budkavle-crisis=" + ID);
		assertThat(links.question(ID)).isEqualTo("https://hub.example/?budkavle-question=" + ID);
		assertThat(links.postsAbsolute()).isTrue();
	}

	@Test
	void anIntranetTemplateIsFilledInWithTheId() {
		DeepLinks links = links("budkavle.delivery.hub-url", "https://hub.example",
				"budkavle.delivery.links.post", "https://intranet.example/nyheter?budkavle-post={id}",
				"budkavle.delivery.links.crisis", "https://intranet.example/kris#{id}");

		assertThat(links.post(ID)).isEqualTo("https://intranet.example/nyheter?budkavle-post=" + ID);
		assertThat(links.crisis(ID)).isEqualTo("https://intranet.example/kris#" + ID);
	}

	@Test
	void withoutAHubAddressTheDefaultLinksAreRelativeToTheHubAndNotAbsoluteForTeams() {
		DeepLinks links = links();

		assertThat(links.post(ID)).isEqualTo("/?budkavle-post=" + ID);
		assertThat(links.postsAbsolute()).isFalse();
	}

	@Test
	void aLinkRecordedBeforeTheTemplatesGetsTheHubsAddressAndAnyOtherIsSentAsItIs() {
		DeepLinks links = links("budkavle.delivery.hub-url", "https://hub.example/");

		assertThat(links.absolute("/posts/" + ID)).isEqualTo("https://hub.example/posts/" + ID);
		assertThat(links.absolute("https://intranet.example/x")).isEqualTo("https://intranet.example/x");
		assertThat(links.absolute(null)).isNull();
	}

	@Test
	void aTemplateWithoutTheIdIsRefusedAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> links("budkavle.delivery.links.crisis", "https://intranet.example/kris"))
			.withMessageContaining("budkavle.delivery.links.crisis must contain {id}");
	}

	@Test
	void outsideTheDemoATemplateLeadingToTheHubsOwnPageIsNamedInTheLogAndAnIntranetOneIsNot(CapturedOutput output) {
		links("budkavle.demo.enabled", "false", "budkavle.delivery.hub-url", "https://hub.example",
				"budkavle.delivery.links.post", "https://intranet.example/nyheter?budkavle-post={id}");

		assertThat(output.getOut()).contains("budkavle.delivery.links.crisis leads to the hub's own page")
			.contains("budkavle.delivery.links.question leads to the hub's own page")
			.doesNotContain("budkavle.delivery.links.post leads");
	}

	@Test
	void theDemoServesTheHubsOwnPageSoItsLinksAreNotWarnedAbout(CapturedOutput output) {
		links("budkavle.demo.enabled", "true", "budkavle.delivery.hub-url", "https://hub.example");

		assertThat(output.getOut()).doesNotContain("leads to the hub's own page");
	}

	private static DeepLinks links(String... properties) {
		var values = new java.util.HashMap<String, String>();
		for (int i = 0; i < properties.length; i += 2) {
			values.put(properties[i], properties[i + 1]);
		}
		var binder = new Binder(new MapConfigurationPropertySource(values));
		return new DeepLinks(binder.bindOrCreate("budkavle.delivery", DeliveryProperties.class),
				Boolean.parseBoolean(values.getOrDefault("budkavle.demo.enabled", "true")));
	}
}
