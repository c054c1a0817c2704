package org.alongside.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.alongside.web.Page;

/** Supervision words the pages share: a status line and the label of each format. */
@Named("supervisionText")
@ApplicationScoped
public class SupervisionTexts {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** E.g. "2 of 3 signed off since 1 June 2026". */
    public String status(SupervisionStatus status) {
        return Page.text("supervision.status", status.signedOff(), status.required(), DAY_MONTH_YEAR.format(status.since()));
    }

    public String format(SupervisionFormat format) {
        return format == null ? "" : Page.text("supervision.format." + format.name());
    }
}
