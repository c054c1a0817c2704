package org.alongside.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;
import org.alongside.web.QrCodeImage;

/**
 * The second-factor page of the account: setting up an authenticator (QR code and the secret
 * typed out, confirmed by a first code), the recovery codes shown once, making a new set, and
 * taking the second factor away where the person's roles allow it.
 */
@Named
@RequestScoped
public class SecondFactorView {

    @Inject
    SecondFactorService secondFactors;

    @Inject
    CurrentAccount current;

    private String code;
    private List<String> recoveryCodes = List.of();
    private Optional<SecondFactor> setUp;
    private SecondFactorService.Enrolment enrolment;

    public void confirm() {
        recoveryCodes = secondFactors.confirmEnrolment(accountId(), code);
        PortalAuthenticationMechanism.secondFactorSetUp(Page.request());
        setUp = null;
        code = null;
        Page.info("secondFactor.enrolled");
    }

    public void newRecoveryCodes() {
        recoveryCodes = secondFactors.newRecoveryCodes(accountId());
        Page.info("secondFactor.codesRenewed");
    }

    public void remove() {
        secondFactors.remove(accountId());
        setUp = null;
        Page.info("secondFactor.removedNotice");
    }

    /** After setting up: on to the page the person first asked for, or their home. */
    public String getContinuePath() {
        return PortalAuthenticationMechanism.takeContinueTo(Page.request()).orElseGet(current::getHomePath);
    }

    public boolean isSetUp() {
        if (setUp == null) {
            setUp = secondFactors.confirmed(accountId());
        }
        return setUp.isPresent();
    }

    public Instant getSetUpAt() {
        return isSetUp() ? setUp.get().getConfirmedAt() : null;
    }

    public long getUnusedRecoveryCodes() {
        return secondFactors.unusedRecoveryCodes(accountId());
    }

    /** Whether this session may reach nothing else until the second factor is set up. */
    public boolean isDue() {
        return PortalAuthenticationMechanism.isSecondFactorDue(Page.request());
    }

    public boolean isRequired() {
        return secondFactors.isRequired(current.require().getRoles());
    }

    /** The secret to scan or type, made when the page first shows it and kept until confirmed. */
    public SecondFactorService.Enrolment getEnrolment() {
        if (enrolment == null) {
            enrolment = secondFactors.startEnrolment(accountId());
        }
        return enrolment;
    }

    public String getQrCode() {
        return QrCodeImage.svgDataUri(getEnrolment().uri());
    }

    /** The secret in groups of four, as people type it into an app. */
    public String getTypedSecret() {
        return getEnrolment().secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    private long accountId() {
        return current.id();
    }
}
