package org.alongside.matching;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.alongside.directory.DirectorySettings;
import org.alongside.directory.LivedExperienceArea;
import org.alongside.directory.PublicProfile;
import org.alongside.directory.SupportFormat;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.Page;

/**
 * The public form for asking for support from a listed supporter's profile. It goes to the
 * coordinators' queue, never to the supporter. A client address may send only so many in an hour.
 */
@Named
@ViewScoped
public class SupportRequestFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Too Many Requests; not among HttpServletResponse's constants. */
    private static final int TOO_MANY_REQUESTS = 429;
    private static final String SENT = "alongside.supportRequestSent";

    @Inject
    MatchingService matching;

    @Inject
    RequestFormLimit limit;

    @Inject
    LearningCalendar calendar;

    @Inject
    MatchingSettings settings;

    @Inject
    DirectorySettings directorySettings;

    private Long supporterId;
    private PublicProfile supporter;
    private String name;
    private String email;
    private SupportFormat format;
    private String language;
    private String region;
    private Long areaId;
    private String note;
    private boolean consent;
    private boolean sent;

    public void load() {
        supporter = supporterId == null ? null : matching.listedSupporter(supporterId, calendar.today()).orElse(null);
        if (supporter == null) {
            Page.notFound();
            return;
        }
        sent = Page.toldByLastPage(SENT);
    }

    /**
     * Sent: redirects to the form's own address, which then says so once, so Back, Forward or a
     * reload never ask to send the request again. Refused: the form stays as typed, with the reason.
     */
    public String send() {
        if (!consent) {
            Page.fieldError("request:consent", "matching.form.consentRequired");
            return null;
        }
        String address = Page.request().getRemoteAddr();
        if (!limit.tryAcquire(address)) {
            Page.response().setStatus(TOO_MANY_REQUESTS);
            Page.response().setHeader("Retry-After", Long.toString(limit.secondsUntilReset(address)));
            Page.error("matching.form.tooMany");
            return null;
        }
        matching.submit(supporterId, new RequestDetails(name, email, format, language, region, areaId, note), calendar.today());
        Page.tellNextPage(SENT);
        return "/directory/request.xhtml?faces-redirect=true&supporter=" + supporterId;
    }

    /** The name the supporter shows, or nothing when they chose not to show one. */
    public String getSupporterName() {
        return supporter == null ? null : supporter.displayName();
    }

    public List<LivedExperienceArea> getAreas() {
        return matching.areas();
    }

    /** The same choices supporters pick from, so a request's language and region can match theirs exactly. */
    public List<String> getLanguages() {
        return directorySettings.languages();
    }

    public List<String> getRegions() {
        return directorySettings.regions();
    }

    public SupportFormat[] getFormats() {
        return SupportFormat.values();
    }

    public PublicProfile getSupporter() {
        return supporter;
    }

    public boolean isSent() {
        return sent;
    }

    public Long getSupporterId() {
        return supporterId;
    }

    public void setSupporterId(Long supporterId) {
        this.supporterId = supporterId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public SupportFormat getFormat() {
        return format;
    }

    public void setFormat(SupportFormat format) {
        this.format = format;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    /** Days a closed request is kept, as the page tells people. */
    public int getRetentionDays() {
        return settings.retentionDays();
    }
}
