package org.alongside.web;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.lang.reflect.InvocationTargetException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.alongside.platform.ActionRefused;

/**
 * The one place a refused action becomes a message on the page. An {@link ActionRefused} thrown
 * by an action or a listener (through the EL, Faces or EJB wrappers around it) adds its message,
 * next to its field when the form that was sent has an input by that id and to the page otherwise,
 * marks validation failed (the form keeps what was typed, and a dialog closing only on success
 * stays open), and renders the same view again. Everything else, and whatever happens while the
 * page is already being written, goes on to the error pages (registered in faces-config.xml
 * around PrimeFaces' handler).
 */
public class RefusedActions extends ExceptionHandlerWrapper {

    public RefusedActions(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            ExceptionQueuedEvent event = events.next();
            if (event.getContext().getPhaseId() == PhaseId.RENDER_RESPONSE) {
                continue;
            }
            Optional<ActionRefused> refusal = refusalIn(event.getContext().getException());
            if (refusal.isPresent()) {
                events.remove();
                show(context, refusal.get());
            }
        }
        getWrapped().handle();
    }

    /** The refusal behind the wrappers an action's exception reaches the handler in, if it is one. */
    static Optional<ActionRefused> refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActionRefused refusal) {
                return Optional.of(refusal);
            }
            if (!(cause instanceof FacesException || cause instanceof ELException || cause instanceof EJBException
                    || cause instanceof InvocationTargetException)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static void show(FacesContext context, ActionRefused refusal) {
        Optional<String> field = Optional.ofNullable(refusal.field()).flatMap(id -> fieldInSentForm(context, id));
        if (field.isPresent()) {
            Page.fieldError(field.get(), refusal.messageKey(), refusal.arguments());
        } else {
            Page.error(refusal.messageKey(), refusal.arguments());
        }
        context.validationFailed();
        context.renderResponse();
    }

    /** The client id of the input with this id in the form that was sent, if it has one. */
    private static Optional<String> fieldInSentForm(FacesContext context, String id) {
        return sentForm(context).map(form -> form.findComponent(id)).map(input -> input.getClientId(context));
    }

    /**
     * The form whose fields came with the request: a form always sends its own client id (a
     * hidden field), by a button or by PrimeFaces' ajax, which sends the whole form.
     */
    private static Optional<UIForm> sentForm(FacesContext context) {
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        UIForm[] sent = new UIForm[1];
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIForm form && parameters.containsKey(form.getClientId(visit.getFacesContext()))) {
                sent[0] = form;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(sent[0]);
    }

    /** Puts {@link RefusedActions} in front of the handler made by the factory before it. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusedActions(getWrapped().getExceptionHandler());
        }
    }
}
