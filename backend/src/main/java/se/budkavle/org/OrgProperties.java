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
 */
@ConfigurationProperties("budkavle.org")
public record OrgProperties(Path importFile, @DefaultValue("64MB") DataSize maxImportSize) {
}
