package org.alongside.course;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns lesson Markdown into HTML that is safe to put on a page. The OWASP sanitiser keeps only
 * text formatting, blocks, tables and plain links from what commonmark produces, so raw HTML in a
 * lesson (a script, an image with an event handler) is removed, and nothing an author types can
 * run a script.
 */
public final class LessonRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS).and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code").toFactory());

    private LessonRenderer() {
    }

    /**
     * The lesson as HTML for its page. A leading {@code #} heading is left out: it is the lesson's
     * title, which the page already shows as its own heading.
     */
    public static String toHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        if (document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1) {
            heading.unlink();
        }
        return POLICY.sanitize(HTML.render(document));
    }

    /** The words of a lesson without Markdown, for reading-ease checks and search. */
    public static String toPlainText(String markdown) {
        Node document = PARSER.parse(markdown);
        return TEXT.render(document);
    }
}
