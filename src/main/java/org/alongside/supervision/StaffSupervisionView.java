package org.alongside.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.CurrentAccount;
import org.alongside.web.PagedList;
import org.primefaces.component.datatable.DataTable;

/** A trainer or coordinator sees the people they may supervise, a page at a time, with each one's status. */
@Named
@ViewScoped
public class StaffSupervisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService supervision;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    private String search;
    /** The search the table shows; the field may hold newer text that has not been searched for yet. */
    private String appliedSearch;

    private final PagedList<PersonRow> model = new PagedList<>(new PagedList.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return supervision.countPeople(staffId(), appliedSearch);
        }

        @Override
        public List<PersonRow> page(int first, int pageSize) {
            return supervision.people(staffId(), appliedSearch, first, pageSize, calendar.today());
        }
    }, PersonRow::id);

    /** Shows the first page of the people who match the search. */
    public void applySearch() {
        appliedSearch = search;
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("people:list");
        table.setFirst(0);
    }

    public boolean isSearching() {
        return appliedSearch != null && !appliedSearch.isBlank();
    }

    private long staffId() {
        return current.id();
    }

    public PagedList<PersonRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
