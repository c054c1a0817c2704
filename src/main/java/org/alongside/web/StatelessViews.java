package org.alongside.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import java.util.Set;

/**
 * Pages whose forms need no state kept between requests are stateless views: they put nothing in
 * the HTTP session. For an anonymous visitor of a public page that means no session at all;
 * otherwise every anonymous view of the directory or a certificate check would hold a session of
 * about 11 KB for an hour, a cheap way to exhaust memory. For a signed-in trainee it keeps the
 * session small: Payara reads it back from the data grid and writes it there again on every
 * request, so each view kept in it makes every later page slower (issue 19). The lesson page and
 * the trainee's home are the pages opened most; their forms (mark done, take a break, sign out)
 * post back to a view built anew, and the lesson's form sends its module and lesson again. The
 * sign-in form and the group agreement are opened once, but a view of theirs would stay in the
 * session for as long as it lasts: stateful, they made a trainee's session about 10 KB, now 1.7.
 *
 * <p>The view has to be stateless from the moment it is created, before PrimeFaces looks: it keeps
 * its script nonce in the view map of a stateful view, and Faces keeps view maps in the session. An
 * {@code <f:view transient>} attribute only takes effect when the page is built, too late. So the
 * views are made stateless where the page language creates them, which covers both a first request
 * and a post back (Faces then creates the view anew and refuses it unless it is stateless). A page
 * listed here must not use view-scoped beans.
 *
 * <p>No view state also means no view-state token against cross-site posts. RequestLimitsFilter
 * refuses a post that the browser says came from another site's page, and the session cookie is
 * SameSite=Lax (payara-web.xml), so a post from another site arrives signed out in any case.
 */
public class StatelessViews extends ViewDeclarationLanguageFactory {

    /** The public pages, the error pages (so that a flood of bad addresses holds nothing), sign-in, and the trainee's. */
    static final Set<String> VIEWS = Set.of("/index.xhtml", "/directory/index.xhtml", "/directory/supporter.xhtml",
            "/verify.xhtml", "/help.xhtml", "/privacy.xhtml", "/sign-in.xhtml", "/error/not-found.xhtml", "/error/forbidden.xhtml",
            "/error/server-error.xhtml", "/error/expired.xhtml", "/error/request.xhtml",
            "/trainee/agreement.xhtml", "/trainee/home.xhtml", "/trainee/lesson.xhtml");

    public StatelessViews(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        return new StatelessWhereListed(getWrapped().getViewDeclarationLanguage(viewId));
    }

    private static final class StatelessWhereListed extends ViewDeclarationLanguageWrapper {

        StatelessWhereListed(ViewDeclarationLanguage wrapped) {
            super(wrapped);
        }

        @Override
        public UIViewRoot createView(FacesContext context, String viewId) {
            UIViewRoot view = super.createView(context, viewId);
            if (view != null && VIEWS.contains(view.getViewId())) {
                view.setTransient(true);
            }
            return view;
        }
    }
}
