package se.budkavle.org;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the organisation module.
 *
 * @param importFile a directory file (JSON Lines) applied when the hub starts, or {@code null} for none
 * @param maxImportSize the largest directory file accepted over HTTP
 * @param maxDeactivationShare the share of active people (0.1 = 10 %) an uploaded file may deactivate without the
 * administrator's confirmation ({@code ?confirm=true}); deactivating an administrator always needs it
 */
@ConfigurationProperties("budkavle.org")
public record OrgProperties(Path importFile, @DefaultValue("64MB") DataSize maxImportSize,
		@DefaultValue("0.1") double maxDeactivationShare) {
}
