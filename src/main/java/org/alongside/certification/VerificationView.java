package org.alongside.certification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Optional;

/** What the verification page shows, as looked up by {@link VerificationServlet}. */
@Named("verification")
@RequestScoped
public class VerificationView {

    private Optional<PublicCertificate> result;
    private boolean throttled;
    private boolean erased;
    private String code;

    @SuppressWarnings("unchecked")
    private void read() {
        if (result == null) {
            var attributes = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            result = (Optional<PublicCertificate>) attributes.get(VerificationServlet.RESULT);
            throttled = Boolean.TRUE.equals(attributes.get(VerificationServlet.THROTTLED));
            erased = Boolean.TRUE.equals(attributes.get(VerificationServlet.ERASED));
            code = (String) attributes.get(VerificationServlet.CODE);
        }
    }

    /** A code was looked up (found or not). */
    public boolean isLookedUp() {
        read();
        return result != null;
    }

    public boolean isFound() {
        read();
        return result != null && result.isPresent();
    }

    public PublicCertificate getCertificate() {
        read();
        return result == null ? null : result.orElse(null);
    }

    /** The code was real, but its holder's account has since been erased. */
    public boolean isErased() {
        read();
        return erased;
    }

    public boolean isThrottled() {
        read();
        return throttled;
    }

    public String getCode() {
        read();
        return code;
    }
}
