package org.alongside.safety;

/**
 * One piece of a text that a safe-sharing rule picked out. {@code start} and {@code end} are
 * character offsets into the checked text (end exclusive), so the page can highlight the words
 * exactly where the person wrote them.
 */
public record Finding(int start, int end, String matchedText, String ruleId, String explanation, String suggestion) {
}
