package org.alongside.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * Public pages that need no form state are stateless views for visitors who are not signed in,
 * so that looking at them creates no HTTP session: otherwise every anonymous view of the
 * directory or a certificate check would hold a session of about 11 KB for an hour, a cheap way
 * to exhaust memory. (PrimeFaces keeps its script nonce in the view map of a stateful view, and
 * Faces puts view maps in the session.)
 *
 * <p>The view has to be stateless from the moment it is created, before PrimeFaces looks: an
 * {@code <f:view transient>} attribute only takes effect when the page is built, too late. Signed-in
 * people have a session anyway, and their pages carry the sign-out form, so theirs stay stateful.
 */
public class StatelessPublicPages extends ViewHandlerWrapper {

    /** Pages without forms of their own; the error pages, so that a flood of bad addresses holds nothing. */
    static final Set<String> VIEWS = Set.of("/index.xhtml", "/directory/index.xhtml", "/directory/supporter.xhtml",
            "/verify.xhtml", "/help.xhtml", "/privacy.xhtml", "/error/not-found.xhtml", "/error/forbidden.xhtml",
            "/error/server-error.xhtml", "/error/expired.xhtml", "/error/request.xhtml");

    public StatelessPublicPages(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && VIEWS.contains(view.getViewId()) && context.getExternalContext().getUserPrincipal() == null) {
            view.setTransient(true);
        }
        return view;
    }
}
