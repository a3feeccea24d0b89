package se.budkavle.acknowledgement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the acknowledgement module.
 *
 * @param reminderBefore how long before a post's deadline the automatic reminder goes to those still pending
 * @param reminderCheck how often the automatic reminder job looks for posts nearing their deadline
 * @param remindEvery the shortest time between two reminders to the same person about the same post
 * @param pendingLimit the most pending people listed in one progress answer (the counts are always whole)
 * @param progressInterval the shortest time between two live progress announcements of one post from one instance:
 * acknowledgements in between are announced together, by the totals that follow them
 * @param adminsSeePending whether administrators (who see the whole audience's counts) also get the names of those
 * still pending; PRODUCT.md reserves them for the author, the managers of the units and HR, so off by default
 */
@ConfigurationProperties("budkavle.acknowledgement")
public record AcknowledgementProperties(@DefaultValue("24h") Duration reminderBefore,
		Duration reminderCheck, @DefaultValue("24h") Duration remindEvery,
		@DefaultValue("1000") int pendingLimit, @DefaultValue("1s") Duration progressInterval,
		@DefaultValue("false") boolean adminsSeePending) {
}
