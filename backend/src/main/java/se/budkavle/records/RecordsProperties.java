package se.budkavle.records;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import se.budkavle.records.archive.ArchiveProperties;
import se.budkavle.records.retention.RetentionProperties;

/**
 * The records module's settings ({@code budkavle.records}): the e-archive submission packages and retention.
 *
 * @param archive who delivers e-archive packages and how large one may be ({@code budkavle.records.archive})
 * @param retention the retention rules and when their daily run starts ({@code budkavle.records.retention})
 */
@ConfigurationProperties("budkavle.records")
public record RecordsProperties(@DefaultValue ArchiveProperties archive, @DefaultValue RetentionProperties retention) {
}
