package org.alongside.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.alongside.platform.Texts;

/** The few things backing beans do with the current page: messages, redirects, the request. */
public final class Page {

    private Page() {
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** An error shown next to one field (its client id) as well as in the summary. */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    /** A gentle warning: something to look at, not a failure. */
    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, null, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    /** An information message for the page after the redirect ({@link NextPage}, on any instance). */
    public static void infoAfterRedirect(String key, Object... arguments) {
        NextPage.keepMessage(context().getExternalContext(), Texts.get(locale(), key, arguments));
    }

    /** Tells the page after a redirect, once, that something happened ({@link NextPage}), e.g. that a form was sent. */
    public static void tellNextPage(String what) {
        NextPage.tell(context().getExternalContext(), what);
    }

    /** Whether the page before the redirect to this one {@link #tellNextPage told} it this. */
    public static boolean toldByLastPage(String what) {
        return NextPage.told(context().getExternalContext(), what);
    }

    /** A text from the message bundle, in the page's language. */
    public static String text(String key, Object... arguments) {
        return Texts.get(locale(), key, arguments);
    }

    public static Locale locale() {
        FacesContext context = context();
        return context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) context().getExternalContext().getRequest();
    }

    public static HttpServletResponse response() {
        return (HttpServletResponse) context().getExternalContext().getResponse();
    }

    /** Redirects to a path inside the portal, e.g. {@code /trainee/home.xhtml}. */
    public static void redirect(String path) {
        ExternalContext external = context().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers the current request with "not found" (the portal's 404 page) instead of rendering the view. */
    public static void notFound() {
        sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /**
     * Answers the current request with "forbidden" (the portal's 403 page): the role may use the
     * page, but the service refused this account the record it asked for.
     */
    public static void forbidden() {
        sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static void sendError(int status) {
        FacesContext context = context();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** The outcome that sends someone to the sign-in page with their e-mail address filled in. */
    public static String signInAs(String email) {
        return "/sign-in.xhtml?faces-redirect=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
    }

    /** Checks a new password against its confirmation; on a mismatch marks the confirmation field. */
    public static boolean confirmationMatches(String confirmationClientId, String password, String confirmation) {
        if (password != null && password.equals(confirmation)) {
            return true;
        }
        fieldError(confirmationClientId, "password.mismatch");
        return false;
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String summary = Texts.get(locale(), key, arguments);
        context().addMessage(clientId, new FacesMessage(severity, summary, null));
    }

    private static FacesContext context() {
        return FacesContext.getCurrentInstance();
    }
}
