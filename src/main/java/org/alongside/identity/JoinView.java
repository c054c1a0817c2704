package org.alongside.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import org.alongside.platform.ActionRefused;
import org.alongside.web.Page;

/** A trainee creates their account with the invitation code their coordinator gave them. */
@Named
@ViewScoped
public class JoinView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationService invitations;

    @Inject
    JoinThrottle throttle;

    private final AccountForm form = new AccountForm();
    private String code;

    public String join() {
        if (!form.confirmed("join")) {
            return null;
        }
        String address = Page.request().getRemoteAddr();
        Duration wait = throttle.tryAttempt(address);
        if (!wait.isZero()) {
            Page.error("join.throttled", Math.max(1, (wait.toSeconds() + 59) / 60));
            return null;
        }
        try {
            Account trainee = invitations.redeem(code, form.getDisplayName(), form.getEmail(), form.getPassword());
            throttle.codeWasReal(address);
            Page.infoAfterRedirect("join.done");
            return Page.signInAs(trainee.getEmail());
        } catch (ActionRefused refusal) {
            if (!refusal.is(InvitationService.UNKNOWN_CODE)) {
                throttle.codeWasReal(address);
            }
            throw refusal;
        }
    }

    public AccountForm getForm() {
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
