package org.alongside.supervision;

import org.alongside.platform.ActionRefused;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.alongside.identity.Account;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * A trainer or coordinator works with one person's supervision: the sessions they may read,
 * recording a new one, changing their own until they sign it off, and signing it off.
 */
@Named
@ViewScoped
public class PersonSupervisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionService supervision;

    @Inject
    LearningCalendar calendar;

    @Inject
    CurrentAccount current;

    private Long personId;
    private String personName;
    private Long editingId;
    private LocalDate date;
    private Integer minutes;
    private SupervisionFormat format;
    private String note;
    private transient List<SupervisionSession> sessions;
    private transient SupervisionStatus status;

    public void load() {
        Account person;
        try {
            person = supervision.personForStaff(staffId(), personId == null ? -1 : personId);
        } catch (ActionRefused refusal) {
            if (refusal.is(SupervisionService.FORBIDDEN)) {
                Page.forbidden();
            } else {
                Page.notFound();
            }
            return;
        }
        personName = person.getDisplayName();
        clearForm();
    }

    /** Records a new session, or saves the changes to the one being edited. */
    public void save() {
        SessionFacts facts = new SessionFacts(date, minutes, format, note);
        try {
            if (editingId == null) {
                supervision.record(staffId(), personId, facts, calendar.today());
                Page.info("supervision.recorded");
            } else {
                supervision.edit(staffId(), editingId, facts, calendar.today());
                Page.info("supervision.changed");
            }
            clearForm();
        } catch (OptimisticLockException | TransactionalException raced) {
            Page.error("supervision.someoneElse");
        } finally {
            sessions = null;
            status = null;
        }
    }

    /** Fills the form with a session of the supervisor's own that is not signed off yet. */
    public void edit(long sessionId) {
        SupervisionSession session = supervision.forEditing(staffId(), sessionId);
        SessionFacts facts = session.facts();
        editingId = sessionId;
        date = facts.date();
        minutes = facts.minutes();
        format = facts.format();
        note = facts.note();
    }

    public void cancelEdit() {
        clearForm();
    }

    public void signOff(long sessionId) {
        try {
            supervision.signOff(staffId(), sessionId);
            Page.info("supervision.signedOff");
            if (Long.valueOf(sessionId).equals(editingId)) {
                clearForm();
            }
        } catch (OptimisticLockException | TransactionalException raced) {
            Page.error("supervision.someoneElse");
        } finally {
            sessions = null;
            status = null;
        }
    }

    private void clearForm() {
        editingId = null;
        date = calendar.today();
        minutes = null;
        format = null;
        note = null;
    }

    public List<SupervisionSession> getSessions() {
        if (sessions == null) {
            sessions = supervision.sessions(staffId(), personId);
        }
        return sessions;
    }

    public SupervisionStatus getStatus() {
        if (status == null) {
            status = supervision.status(personId, calendar.today());
        }
        return status;
    }

    /** Whether this staff member supervised the session, and so may change or sign it off. */
    public boolean isMine(SupervisionSession session) {
        return session.isSupervisedBy(staffId());
    }

    /** The last date the date field accepts, for the browser's date picker. */
    public String getToday() {
        return calendar.today().toString();
    }

    public SupervisionFormat[] getFormats() {
        return SupervisionFormat.values();
    }

    private long staffId() {
        return current.id();
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getPersonName() {
        return personName;
    }

    public Long getEditingId() {
        return editingId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public SupervisionFormat getFormat() {
        return format;
    }

    public void setFormat(SupervisionFormat format) {
        this.format = format;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
