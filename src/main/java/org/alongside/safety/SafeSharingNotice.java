package org.alongside.safety;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The safe-sharing check for free text that other people will read but that is never held back
 * for it (a trainer's feedback, notes on supervision and practice, the practice log, a support
 * request's note): the page shows a gentle notice under the text, through the
 * {@code safeSharingNotice} tag. Each text is checked once per request however often the page asks.
 */
@Named
@RequestScoped
public class SafeSharingNotice {

    @Inject
    SafeSharingCheck check;

    private final Map<String, List<Finding>> checked = new HashMap<>();

    public List<Finding> findings(String text) {
        return text == null || text.isBlank() ? List.of() : checked.computeIfAbsent(text, check::check);
    }

    /** The text as HTML with each finding marked, for the notice. */
    public String highlighted(String text) {
        return text == null ? "" : SafeSharingHighlighter.toHtml(text, findings(text));
    }
}
