package se.budkavle.org.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import se.budkavle.org.DirectoryProblem;
import se.budkavle.org.DirectoryRejected;

/**
 * Decodes an uploaded directory file strictly as UTF-8, so that a file saved in another encoding is rejected with
 * the line of its first bad byte instead of being imported with garbled names.
 */
final class Utf8Body {

	private Utf8Body() {
	}

	static String decode(DataBuffer buffer, String source) {
		byte[] bytes = new byte[buffer.readableByteCount()];
		buffer.read(bytes);
		DataBufferUtils.release(buffer);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new DirectoryRejected(source, List.of(new DirectoryProblem(lineAt(bytes, in.position()), null,
					"the file is not UTF-8 text (save or export it as UTF-8)")));
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			line += (bytes[i] == '\n') ? 1 : 0;
		}
		return line;
	}
}
