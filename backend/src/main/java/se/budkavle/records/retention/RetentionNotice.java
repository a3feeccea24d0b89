package se.budkavle.records.retention;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import se.budkavle.records.RecordsProperties;

/**
 * The retention rules in force, in plain Swedish, for the notice on official records and personal data: how long
 * each kind of data is kept and under which decision, as the configuration says.
 */
@Component
public class RetentionNotice {

	private final RetentionProperties properties;

	RetentionNotice(RecordsProperties properties) {
		this.properties = properties.retention();
	}

	/**
	 * One list item per rule, escaped for HTML.
	 * @return the items of an HTML list
	 */
	public String listItems() {
		return List.of(item("Kommentarer gallras", this.properties.comments(),
				"efter att nyheten de hör till har slutat visas eller återkallats"),
				item("Uppgifter om vem som har läst en nyhet görs om till antal per enhet", this.properties.readReceipts(),
						"efter att nyheten publicerades; vem som läste sparas inte längre"),
				item("Aviseringar i Budkavle gallras", this.properties.notifications(), "efter att de skapades"),
				item("Uppgifter om utskick med e-post, Teams och sms gallras", this.properties.deliveries(),
						"efter att de gjordes"),
				item("Tekniska händelser för liveuppdateringar gallras", this.properties.liveEvents(),
						"efter att de sparades"),
				item("Uppgifter om webbläsare som får aviseringar gallras", this.properties.pushSubscriptions(),
						"efter att webbläsaren senast hörde av sig, och genast när personen slutar"))
			.stream()
			.collect(Collectors.joining("\n"));
	}

	private static String item(String what, RetentionProperties.Rule rule, String from) {
		return "<li>" + HtmlUtils.htmlEscape(what + " " + days(rule.period()) + " " + from + " (beslut: "
				+ rule.decision() + ").", "UTF-8") + "</li>";
	}

	private static String days(Duration period) {
		long days = period.toDays();
		return (days == 1) ? "1 dag" : days + " dagar";
	}
}
