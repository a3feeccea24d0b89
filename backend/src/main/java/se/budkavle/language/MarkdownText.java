package se.budkavle.language;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The prose of a Markdown text as plain-text blocks (paragraphs, headings, list items), without markup, code, HTML
 * or images, so that only what a reader reads is counted. A block always ends a sentence.
 */
final class MarkdownText {

	private static final Parser PARSER = Parser.builder().build();

	private MarkdownText() {
	}

	static List<String> blocks(String markdown) {
		var collector = new Collector();
		PARSER.parse(markdown).accept(collector);
		return collector.blocks;
	}

	private static final class Collector extends AbstractVisitor {

		private final List<String> blocks = new ArrayList<>();

		private StringBuilder current;

		@Override
		public void visit(Paragraph paragraph) {
			block(paragraph);
		}

		@Override
		public void visit(Heading heading) {
			block(heading);
		}

		@Override
		public void visit(Text text) {
			append(text.getLiteral());
		}

		@Override
		public void visit(Code code) {
			append(code.getLiteral());
		}

		@Override
		public void visit(SoftLineBreak softLineBreak) {
			append(" ");
		}

		@Override
		public void visit(HardLineBreak hardLineBreak) {
			append(" ");
		}

		@Override
		public void visit(Image image) {
			// Alt text describes a picture; it is not part of the prose being read.
		}

		@Override
		public void visit(HtmlInline htmlInline) {
		}

		@Override
		public void visit(HtmlBlock htmlBlock) {
		}

		@Override
		public void visit(FencedCodeBlock fencedCodeBlock) {
		}

		@Override
		public void visit(IndentedCodeBlock indentedCodeBlock) {
		}

		private void block(Block block) {
			this.current = new StringBuilder();
			visitChildren(block);
			String text = this.current.toString().strip();
			if (!text.isEmpty()) {
				this.blocks.add(text);
			}
			this.current = null;
		}

		private void append(String text) {
			if (this.current != null) {
				this.current.append(text);
			}
		}
	}
}
