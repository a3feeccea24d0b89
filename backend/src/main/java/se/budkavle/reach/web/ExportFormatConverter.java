package se.budkavle.reach.web;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads {@code ?format=csv} or {@code ?format=xlsx} in any case.
 */
@Component
class ExportFormatConverter implements Converter<String, ReachController.ExportFormat> {

	@Override
	public ReachController.ExportFormat convert(String source) {
		return ReachController.ExportFormat.valueOf(source.trim().toUpperCase(Locale.ROOT));
	}
}
