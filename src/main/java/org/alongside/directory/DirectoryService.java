package org.alongside.directory;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alongside.certification.CertificateStatus;
import org.alongside.certification.CertificationService;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.platform.AuditTrail;
import org.alongside.safety.Finding;
import org.alongside.safety.SafeSharingCheck;

/**
 * A supporter's own directory profile: writing it, consenting and publishing, unpublishing,
 * withdrawing consent, pausing and resuming; and the coordinators' list of areas of lived
 * experience. Only a holder of a valid certificate may write or publish a profile; taking it down
 * never needs one. Every step a supporter takes is in the audit trail.
 */
@ApplicationScoped
@Transactional
public class DirectoryService {

    /** What saving the form came to. */
    public sealed interface SaveResult permits Saved, Invalid, BioFlagged {
    }

    /** What publishing came to. */
    public sealed interface PublishResult permits Published, BioFlagged {
    }

    /** Saved; {@code bioFindings} are what the safe-sharing check picked out, which blocks publishing until changed. */
    public record Saved(SupporterProfile profile, List<Finding> bioFindings) implements SaveResult {
    }

    /** Nothing saved: these fields need another look. */
    public record Invalid(List<FieldProblem> problems) implements SaveResult {
    }

    /** Nothing saved or published: the bio flags, and a listed bio must not. */
    public record BioFlagged(List<Finding> findings) implements SaveResult, PublishResult {
    }

    public record Published(SupporterProfile profile) implements PublishResult {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificationService certification;

    @Inject
    SafeSharingCheck safeSharing;

    @Inject
    DirectorySettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Whether the person holds a certificate that is issued, in date and not revoked today. */
    public boolean isCertified(long accountId, LocalDate today) {
        return certification.certificatesOf(accountId).stream()
                .anyMatch(c -> !c.getIssuedOn().isAfter(today) && c.status(today) == CertificateStatus.VALID);
    }

    /** The person's profile with everything on it loaded, if they have written one. */
    public Optional<SupporterProfile> profileOf(long accountId) {
        Optional<SupporterProfile> profile = em.createNamedQuery("SupporterProfile.ofAccount", SupporterProfile.class)
                .setParameter("accountId", accountId).getResultStream().findFirst();
        profile.ifPresent(DirectoryService::load);
        return profile;
    }

    public List<LivedExperienceArea> currentAreas() {
        return em.createNamedQuery("LivedExperienceArea.current", LivedExperienceArea.class).getResultList();
    }

    public List<LivedExperienceArea> allAreas() {
        return em.createNamedQuery("LivedExperienceArea.all", LivedExperienceArea.class).getResultList();
    }

    public List<String> languages() {
        return settings.languages();
    }

    public List<String> regions() {
        return settings.regions();
    }

    public String consentVersion() {
        return settings.consentVersion();
    }

    /**
     * Saves the supporter's profile. A published profile keeps being listed, so its bio must pass
     * the safe-sharing check; an unpublished one is saved with the findings returned as a warning.
     *
     * @throws ActionRefused {@code directory.notCertified} without a valid certificate
     */
    public SaveResult save(long accountId, ProfileInput input, LocalDate today) {
        requireCertified(accountId, today);
        Optional<SupporterProfile> existing = profileOf(accountId);
        Set<Long> allowedAreas = currentAreas().stream().map(LivedExperienceArea::getId).collect(Collectors.toCollection(HashSet::new));
        Set<String> allowedLanguages = new HashSet<>(languages());
        Set<String> allowedRegions = new HashSet<>(regions());
        existing.ifPresent(profile -> {
            profile.getAreas().forEach(area -> allowedAreas.add(area.getId()));
            allowedLanguages.addAll(profile.getLanguages());
            if (profile.getRegion() != null) {
                allowedRegions.add(profile.getRegion());
            }
        });
        List<FieldProblem> problems = ProfileRules.check(input, allowedAreas, allowedLanguages, allowedRegions);
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        List<Finding> findings = bioFindings(input.bio());
        if (!findings.isEmpty() && existing.map(SupporterProfile::isPublished).orElse(false)) {
            return new BioFlagged(findings);
        }
        Instant now = clock.instant();
        ProfileDetails details = details(input);
        SupporterProfile profile;
        if (existing.isPresent()) {
            profile = existing.get();
            profile.update(details, input.shown(), now);
        } else {
            profile = new SupporterProfile(em.getReference(Account.class, accountId), details, input.shown(), now);
            em.persist(profile);
        }
        em.flush();
        audit.record(accountId, accountId, "directory.saved", "Saved the directory profile; shown publicly: " + shownList(profile));
        return new Saved(profile, findings);
    }

    /** What the safe-sharing check picks out in a bio; while it picks out anything, the profile cannot be published. */
    public List<Finding> bioFindings(String bio) {
        return safeSharing.check(bio);
    }

    /**
     * What the public would see of the form as typed, built by the same code as a listed profile
     * so the preview cannot drift from the directory.
     */
    public PublicProfile preview(long accountId, ProfileInput input) {
        Set<Long> known = allAreas().stream().map(LivedExperienceArea::getId).collect(Collectors.toSet());
        ProfileInput usable = new ProfileInput(input.displayName(), input.pronouns(), input.bio(),
                input.areaIds().stream().filter(known::contains).collect(Collectors.toSet()), input.languages(), input.region(),
                input.formats(), input.availability(), input.capacity() == null ? 1 : input.capacity(), input.shown());
        SupporterProfile draft = new SupporterProfile(null, details(usable), usable.shown(), clock.instant());
        PublicProfile view = draft.publicView();
        long id = profileOf(accountId).map(SupporterProfile::getId).orElse(0L);
        return new PublicProfile(id, view.displayName(), view.pronouns(), view.bio(), view.areas(), view.languages(), view.region(),
                view.formats(), view.availability());
    }

    /**
     * Publishes the saved profile under the supporter's explicit consent to the current statement.
     * A consent already in force for the same wording is kept; otherwise a new one is recorded.
     *
     * @throws ActionRefused when not certified, without a profile, or without the consent ticked
     */
    public PublishResult publish(long accountId, boolean consentGiven, LocalDate today) {
        requireCertified(accountId, today);
        SupporterProfile profile = profileOf(accountId).orElseThrow(() -> new ActionRefused("directory.noProfile"));
        if (!consentGiven) {
            throw ActionRefused.onField("consent", "directory.consentRequired");
        }
        List<Finding> findings = bioFindings(profile.getBio());
        if (!findings.isEmpty()) {
            return new BioFlagged(findings);
        }
        Instant now = clock.instant();
        String version = settings.consentVersion();
        DirectoryConsent consent = profile.getConsent();
        if (consent == null || !consent.isInForce() || !consent.getWordingVersion().equals(version)) {
            if (consent != null) {
                consent.withdraw(now);
            }
            consent = new DirectoryConsent(profile.getAccount(), version, now);
            em.persist(consent);
            audit.record(accountId, accountId, "directory.consent-given", "Agreed to the directory statement, version " + version);
        }
        profile.publish(consent, now);
        audit.record(accountId, accountId, "directory.published", "Published the directory profile; shown publicly: " + shownList(profile));
        return new Published(profile);
    }

    /** Takes the profile out of the directory at once; the consent stays, so publishing again is one step. */
    public SupporterProfile unpublish(long accountId) {
        SupporterProfile profile = existing(accountId);
        Instant now = clock.instant();
        profile.unpublish(now);
        if (profile.isPaused()) {
            // Not listed at all now, so a pause has nothing left to hold back; publishing again starts listed.
            profile.resume(now);
        }
        audit.record(accountId, accountId, "directory.unpublished", "Took the directory profile down");
        return profile;
    }

    /** Withdraws the consent to be listed and takes the profile down, in one step. */
    public SupporterProfile withdrawConsent(long accountId) {
        SupporterProfile profile = existing(accountId);
        DirectoryConsent consent = profile.getConsent();
        if (consent == null || !consent.isInForce()) {
            throw new ActionRefused("directory.noConsent");
        }
        Instant now = clock.instant();
        consent.withdraw(now);
        profile.unpublish(now);
        if (profile.isPaused()) {
            profile.resume(now);
        }
        audit.record(accountId, accountId, "directory.consent-withdrawn",
                "Withdrew consent (version " + consent.getWordingVersion() + ") and took the directory profile down");
        return profile;
    }

    /** Hides a published profile from the directory and from matching, e.g. for a holiday, until resumed. */
    public SupporterProfile pause(long accountId) {
        SupporterProfile profile = existing(accountId);
        if (!profile.isPublished() || profile.isPaused()) {
            throw new ActionRefused("directory.cannotPause");
        }
        profile.pause(clock.instant());
        audit.record(accountId, accountId, "directory.paused", "Paused the directory listing");
        return profile;
    }

    public SupporterProfile resume(long accountId) {
        SupporterProfile profile = existing(accountId);
        if (!profile.isPaused()) {
            throw new ActionRefused("directory.notPaused");
        }
        profile.resume(clock.instant());
        audit.record(accountId, accountId, "directory.resumed", "Resumed the directory listing");
        return profile;
    }

    /** Adds an area to the coordinators' list; names are unique whatever their case. */
    /** The input a new area's name is typed into; a rename's refusal is shown on the page instead. */
    static final String AREA_NAME_FIELD = "newName";

    public LivedExperienceArea addArea(long coordinatorId, String name) {
        requireCoordinator(coordinatorId);
        String clean = areaName(name, null);
        LivedExperienceArea area = new LivedExperienceArea(clean);
        em.persist(area);
        return area;
    }

    /**
     * Renames an area. {@code seenVersion} is the version the coordinator's page showed: if
     * someone changed the area since, nothing is changed and they are asked to look again.
     */
    public LivedExperienceArea renameArea(long coordinatorId, long areaId, long seenVersion, String name) {
        requireCoordinator(coordinatorId);
        LivedExperienceArea area = area(areaId, seenVersion);
        area.rename(areaName(name, areaId));
        return flushed(area);
    }

    /** Hides an area from new choices and from the directory's filters; supporters who chose it keep it. */
    public LivedExperienceArea retireArea(long coordinatorId, long areaId, long seenVersion) {
        requireCoordinator(coordinatorId);
        LivedExperienceArea area = area(areaId, seenVersion);
        area.retire();
        return flushed(area);
    }

    public LivedExperienceArea restoreArea(long coordinatorId, long areaId, long seenVersion) {
        requireCoordinator(coordinatorId);
        LivedExperienceArea area = area(areaId, seenVersion);
        area.restore();
        return flushed(area);
    }

    private LivedExperienceArea area(long areaId, long seenVersion) {
        LivedExperienceArea area = em.find(LivedExperienceArea.class, areaId);
        if (area == null) {
            throw new ActionRefused("directory.area.notFound");
        }
        if (area.getVersion() != seenVersion) {
            throw new ActionRefused("directory.area.changed", area.getName());
        }
        return area;
    }

    /** Writes the change now, so a coordinator who changed the same area a moment earlier is noticed here. */
    private LivedExperienceArea flushed(LivedExperienceArea area) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ActionRefused("directory.area.changed", area.getName());
        }
        return area;
    }

    private String areaName(String name, Long renamingId) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw ActionRefused.onField(AREA_NAME_FIELD, "directory.area.nameRequired");
        }
        if (clean.length() > LivedExperienceArea.NAME_MAX) {
            throw ActionRefused.onField(AREA_NAME_FIELD, "directory.error.tooLong", LivedExperienceArea.NAME_MAX);
        }
        boolean taken = em.createNamedQuery("LivedExperienceArea.byName", LivedExperienceArea.class).setParameter("name", clean)
                .getResultStream().anyMatch(other -> !other.getId().equals(renamingId));
        if (taken) {
            throw ActionRefused.onField(AREA_NAME_FIELD, "directory.area.duplicate", clean);
        }
        return clean;
    }

    private ProfileDetails details(ProfileInput input) {
        Set<LivedExperienceArea> areas = input.areaIds().isEmpty() ? Set.of()
                : Set.copyOf(em.createQuery("SELECT a FROM LivedExperienceArea a WHERE a.id IN :ids", LivedExperienceArea.class)
                        .setParameter("ids", input.areaIds()).getResultList());
        String region = input.region() == null || input.region().isBlank() ? null : input.region().strip();
        return new ProfileDetails(input.displayName(), input.pronouns(), input.bio(), region,
                input.capacity(), areas, input.languages(), input.formats(), input.availability());
    }

    private SupporterProfile existing(long accountId) {
        return profileOf(accountId).orElseThrow(() -> new ActionRefused("directory.noProfile"));
    }

    private void requireCertified(long accountId, LocalDate today) {
        if (!isCertified(accountId, today)) {
            throw new ActionRefused("directory.notCertified");
        }
    }

    private void requireCoordinator(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isActive() || !account.hasRole(Role.COORDINATOR)) {
            throw new ActionRefused("directory.notCoordinator");
        }
    }

    private static String shownList(SupporterProfile profile) {
        return profile.shownFields().isEmpty() ? "nothing"
                : profile.shownFields().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Touches each collection so the profile can be read after the transaction ends. */
    private static void load(SupporterProfile profile) {
        profile.getAreas().size();
        profile.getLanguages().size();
        profile.getFormats().size();
        profile.getAvailability().size();
        if (profile.getConsent() != null) {
            profile.getConsent().isInForce();
        }
    }
}
