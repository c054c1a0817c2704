package org.alongside.safety;

import java.util.List;

/**
 * Shows a checked text as HTML with each finding marked where it was written. Every character of
 * the person's text is escaped, so nothing they type can become markup on the page.
 */
public final class SafeSharingHighlighter {

    private SafeSharingHighlighter() {
    }

    /**
     * {@code text} as HTML, each finding wrapped in
     * {@code <mark class="safe-sharing-flag" data-rule="rule-id">}. The findings must be those
     * {@link SafeSharingRules#check} returned for this text: sorted and not overlapping.
     */
    public static String toHtml(String text, List<Finding> findings) {
        StringBuilder html = new StringBuilder(text.length() + findings.size() * 64);
        int written = 0;
        for (Finding finding : findings) {
            if (finding.start() < written || finding.end() > text.length() || finding.end() <= finding.start()) {
                throw new IllegalArgumentException("findings must be sorted, apart and inside the text: " + finding);
            }
            escape(text, written, finding.start(), html);
            html.append("<mark class=\"safe-sharing-flag\" data-rule=\"");
            escape(finding.ruleId(), 0, finding.ruleId().length(), html);
            html.append("\">");
            escape(text, finding.start(), finding.end(), html);
            html.append("</mark>");
            written = finding.end();
        }
        escape(text, written, text.length(), html);
        return html.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
