package se.budkavle.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.resource.HttpResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Strong ETags for the widget files, taken from the integrity hashes the build wrote into {@code manifest.json} (and
 * the manifest's own hash), read once at start-up so that no request reads a file to answer a revalidation.
 */
final class WidgetEtags {

	private static final String MANIFEST = "manifest.json";

	private final Map<String, String> hashes;

	private WidgetEtags(Map<String, String> hashes) {
		this.hashes = Map.copyOf(hashes);
	}

	static WidgetEtags fromManifest(String location) {
		Resource manifest = new DefaultResourceLoader().getResource(location + MANIFEST);
		if (!manifest.exists()) {
			return new WidgetEtags(Map.of());
		}
		byte[] content = read(manifest);
		Map<String, String> hashes = new HashMap<>();
		JsonMapper.shared().readTree(content).get("files").properties().forEach((file) ->
				hashes.put(file.getKey(), file.getValue().get("integrity").asString()));
		hashes.put(MANIFEST, "sha384-" + Base64.getEncoder().encodeToString(sha384(content)));
		return new WidgetEtags(hashes);
	}

	/** The file's hash, marked with the encoding for a precompressed variant (each representation has its own). */
	String etagOf(Resource resource) {
		String hash = this.hashes.get(resource.getFilename());
		if (hash == null) {
			return null;
		}
		String tag = hash.substring("sha384-".length(), 30);
		String encoding = (resource instanceof HttpResource http)
				? http.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING) : null;
		return "\"" + ((encoding != null) ? tag + "-" + encoding.substring(0, 2) : tag) + "\"";
	}

	private static byte[] read(Resource resource) {
		try (InputStream input = resource.getInputStream()) {
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] sha384(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-384").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
