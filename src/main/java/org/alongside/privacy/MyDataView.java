package org.alongside.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** The account's "My data" page: download, the readable copy, and asking for erasure. */
@Named
@RequestScoped
public class MyDataView {

    @Inject
    PersonalDataExport export;

    @Inject
    ErasureService erasure;

    @Inject
    CurrentAccount current;

    private PersonalData data;
    private Optional<ErasureRequest> request;
    private String reason;

    /** The readable copy (my-data-report.xhtml), read once per request. */
    public PersonalData getData() {
        if (data == null) {
            data = export.forPage(current.id());
        }
        return data;
    }

    public ErasureRequest getErasureRequest() {
        if (request == null) {
            request = erasure.requestOf(current.id());
        }
        return request.orElse(null);
    }

    public String requestErasure() {
        erasure.request(current.id(), reason);
        Page.infoAfterRedirect("erasure.requested");
        return "/account/my-data.xhtml?faces-redirect=true";
    }

    public String withdrawErasure() {
        erasure.withdraw(current.id());
        Page.infoAfterRedirect("erasure.withdrawn");
        return "/account/my-data.xhtml?faces-redirect=true";
    }

    /** A column name as the readable page heads it: {@code signed_off_at} reads "signed off at". */
    public String heading(String column) {
        return column.replace('_', ' ');
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
