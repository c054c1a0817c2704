package org.alongside.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a page hands on to the page its redirect leads to: information messages
 * ({@link Page#infoAfterRedirect}) and that something happened ({@link Page#tellNextPage}). Kept in
 * the session, which is on the data grid, so the next page gets them whichever instance serves it.
 *
 * <p>Why not Faces' flash: Mojarra encrypts its flash cookie with a key of each instance's own, so
 * another instance cannot read it, and Mojarra 4.1 (Payara 7) then fails that request with a
 * NullPointerException in {@code ELFlash} (a server-error page after, say, agreeing to the group
 * agreement when the next page comes from the other instance).
 *
 * <p>Messages are shown by the next full page that renders (not an Ajax answer, which may not
 * render the messages); what a page was told is read once per request and then gone from the
 * session.
 */
public class NextPage implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "alongside.nextPage.messages";
    private static final String TOLD = "alongside.nextPage.told";
    private static final String TOLD_THIS_REQUEST = "alongside.nextPage.toldThisRequest";

    static void keepMessage(ExternalContext external, String summary) {
        HttpSession session = (HttpSession) external.getSession(true);
        List<String> messages = new ArrayList<>(heldIn(session, MESSAGES));
        messages.add(summary);
        // Set again, never changed in place: the grid copies a session when an attribute is set.
        session.setAttribute(MESSAGES, messages);
    }

    static void tell(ExternalContext external, String what) {
        HttpSession session = (HttpSession) external.getSession(true);
        Set<String> told = new HashSet<>(heldIn(session, TOLD));
        told.add(what);
        session.setAttribute(TOLD, told);
    }

    static boolean told(ExternalContext external, String what) {
        @SuppressWarnings("unchecked")
        Set<String> toldThisRequest = (Set<String>) external.getRequestMap().get(TOLD_THIS_REQUEST);
        if (toldThisRequest == null) {
            toldThisRequest = new HashSet<>(take(external, TOLD));
            external.getRequestMap().put(TOLD_THIS_REQUEST, toldThisRequest);
        }
        return toldThisRequest.contains(what);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        for (String summary : take(context.getExternalContext(), MESSAGES)) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    /** Removes and returns what the session holds under the name; never creates a session. */
    private static Collection<String> take(ExternalContext external, String name) {
        HttpSession session = (HttpSession) external.getSession(false);
        if (session == null) {
            return List.of();
        }
        Collection<String> held = heldIn(session, name);
        if (!held.isEmpty()) {
            session.removeAttribute(name);
        }
        return held;
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> heldIn(HttpSession session, String name) {
        Object held = session.getAttribute(name);
        return held == null ? List.of() : (Collection<String>) held;
    }
}
