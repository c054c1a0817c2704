package org.alongside.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;
import org.alongside.web.PagedList;

/**
 * The coordinators' audit page: entries filtered by person, action and dates, a page at a time,
 * and the same as CSV. What was typed stays in the form; the table shows the last filter applied.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentAccount current;

    private String person;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private AuditFilter applied = AuditFilter.NONE;
    private List<String> actions;

    private final PagedList<AuditLine> model = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return audit.count(current.id(), applied);
        }

        @Override
        public List<AuditLine> page(int first, int pageSize) {
            return audit.search(current.id(), applied, first, pageSize);
        }
    }, line -> line.entry().getId());

    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            Page.fieldError("filter:to", "audit.page.datesBackwards");
            return;
        }
        applied = new AuditFilter(blankToNull(person), blankToNull(action), from, to);
    }

    public void clear() {
        person = null;
        action = null;
        from = null;
        to = null;
        applied = AuditFilter.NONE;
    }

    /** The entries of the applied filter as CSV; the export is audited. */
    public void exportCsv() throws IOException {
        byte[] csv = audit.exportCsv(current.id(), applied).getBytes(StandardCharsets.UTF_8);
        HttpServletResponse response = Page.response();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String actorName(AuditLine line) {
        return line.whoActed(Page.locale());
    }

    public String subjectName(AuditLine line) {
        return line.whoAbout(Page.locale());
    }

    public List<String> getActions() {
        if (actions == null) {
            actions = audit.actions(current.id());
        }
        return actions;
    }

    public boolean isFiltered() {
        return !applied.equals(AuditFilter.NONE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public PagedList<AuditLine> getModel() {
        return model;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
