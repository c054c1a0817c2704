package org.alongside.certification;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.learning.LearningService;
import org.alongside.learning.TraineeCourse;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.PortalLinks;
import org.alongside.platform.SecureTokens;
import org.alongside.platform.Texts;
import org.alongside.platform.mail.MailService;

/**
 * Certifies peer supporters, renews and revokes their certificates, answers the public
 * verification page and reminds people before a certificate expires. Every step is a
 * coordinator's decision, checked here whatever a form sends, and written to the audit trail.
 */
@ApplicationScoped
@Transactional
public class CertificationService {

    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + Certificate.CODE_LENGTH + "}");
    private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificationFacts facts;

    @Inject
    CertificationSettings settings;

    @Inject
    LearningService learning;

    @Inject
    AuditTrail audit;

    @Inject
    MailService mail;

    @Inject
    PortalLinks links;

    @Inject
    Clock clock;

    public CertificationRules rules() {
        return settings.rules();
    }

    public Eligibility eligibility(long accountId, LocalDate today) {
        return rules().toCertify(facts.of(accountId, today));
    }

    public Eligibility renewalEligibility(long accountId, LocalDate today) {
        return rules().toRenew(facts.of(accountId, today));
    }

    /**
     * Certifies a trainee for the course they are taking.
     *
     * @throws ActionRefused when the caller is not a coordinator, the note is empty, the
     *         trainee is not eligible today, or already holds a certificate for the course
     */
    public Certificate certify(long coordinatorId, long accountId, String decisionNote, LocalDate today) {
        Account coordinator = coordinator(coordinatorId);
        String note = requireText(NOTE_FIELD, decisionNote, "certification.noteRequired");
        // Locking the holder's account makes a second certify of the same person wait and then see the first.
        Account holder = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (holder == null || !holder.hasRole(Role.TRAINEE)) {
            throw new ActionRefused("certification.notFound");
        }
        TraineeCourse course = learning.courseOf(accountId, today).orElseThrow(() -> new ActionRefused("certification.notEligible"));
        if (!eligibility(accountId, today).eligible()) {
            throw new ActionRefused("certification.notEligible");
        }
        boolean certified = !em.createNamedQuery("Certificate.unrevokedOfAccountAndCourse", Certificate.class)
                .setParameter("accountId", accountId).setParameter("courseId", course.course().id()).getResultList().isEmpty();
        if (certified) {
            throw new ActionRefused("certification.alreadyCertified");
        }
        Certificate certificate = new Certificate(holder, course.course().id(), course.course().title(), today,
                rules().expiryOfCertificateIssuedOn(today), coordinator, note);
        em.persist(certificate);
        record(coordinatorId, certificate, "certificate.issued", "until " + certificate.getExpiresOn() + ". " + note);
        tellHolder(certificate, "mail.certified", links.to("/trainee/certificate.xhtml"), links.to("/trainee/directory-profile.xhtml"));
        return certificate;
    }

    /**
     * Renews a certificate from when renewal opens (reminder time) onwards, if the holder's
     * supervision in the latest period is signed off.
     */
    public Certificate renew(long coordinatorId, long certificateId, String decisionNote, LocalDate today) {
        coordinator(coordinatorId);
        String note = requireText(RENEWAL_NOTE_FIELD, decisionNote, "certification.noteRequired");
        Certificate certificate = find(certificateId).orElseThrow(() -> new ActionRefused("certification.notFound"));
        if (certificate.isRevoked()) {
            throw new ActionRefused("certification.revokedCannotRenew");
        }
        if (!rules().renewalOpen(certificate.getExpiresOn(), today)) {
            throw new ActionRefused("certification.renewalNotOpen");
        }
        if (!renewalEligibility(certificate.getAccount().getId(), today).eligible()) {
            throw new ActionRefused("certification.renewalNotEligible");
        }
        certificate.renew(today, rules().expiryAfterRenewal(certificate.getExpiresOn(), today));
        record(coordinatorId, certificate, "certificate.renewed", "until " + certificate.getExpiresOn() + ". " + note);
        tellHolder(certificate, "mail.certificateRenewed", links.to("/trainee/certificate.xhtml"));
        return certificate;
    }

    /** Withdraws a certificate at once: the verification page says so from the next request on. */
    public Certificate revoke(long coordinatorId, long certificateId, String reason) {
        Account coordinator = coordinator(coordinatorId);
        String why = requireText(REASON_FIELD, reason, "certification.reasonRequired");
        Certificate certificate = find(certificateId).orElseThrow(() -> new ActionRefused("certification.notFound"));
        if (certificate.isRevoked()) {
            throw new ActionRefused("certification.alreadyRevoked");
        }
        certificate.revoke(coordinator, why, clock.instant());
        record(coordinatorId, certificate, "certificate.revoked", why);
        tellHolder(certificate, "mail.certificateRevoked", why);
        return certificate;
    }

    /**
     * The holder hears of every decision about their certificate, with the course and its expiry
     * date first ({0} name, {1} course, {2} expiry) and then the decision's own details.
     */
    private void tellHolder(Certificate certificate, String mailKey, Object... details) {
        Account holder = certificate.getAccount();
        Object[] arguments = new Object[3 + details.length];
        arguments[0] = holder.getDisplayName();
        arguments[1] = certificate.getCourseTitle();
        arguments[2] = MAIL_DATE.format(certificate.getExpiresOn());
        System.arraycopy(details, 0, arguments, 3, details.length);
        mail.queue(holder.getEmail(), holder.getId(), Texts.get(Locale.ENGLISH, mailKey + ".subject", certificate.getCourseTitle()),
                Texts.get(Locale.ENGLISH, mailKey + ".body", arguments));
    }

    public Optional<Certificate> find(long certificateId) {
        return Optional.ofNullable(em.find(Certificate.class, certificateId));
    }

    public List<Certificate> certificatesOf(long accountId) {
        return em.createNamedQuery("Certificate.ofAccount", Certificate.class).setParameter("accountId", accountId).getResultList();
    }

    /** The certificates of each of these accounts, from one query: for lists of many people. */
    public Map<Long, List<Certificate>> certificatesOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("Certificate.ofAccounts", Certificate.class).setParameter("accountIds", accountIds)
                .getResultStream().collect(Collectors.groupingBy(c -> c.getAccount().getId()));
    }

    public List<Certificate> newestFirst(int first, int pageSize) {
        return em.createNamedQuery("Certificate.newestFirst", Certificate.class).setFirstResult(first).setMaxResults(pageSize)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery("Certificate.count", Long.class).getSingleResult();
    }

    /**
     * What the public may know about the certificate with this code. Codes are read as people type
     * them (any case, dashes, look-alike letters); anything that cannot be a code finds nothing.
     */
    public Optional<PublicCertificate> verify(String typedCode, LocalDate today) {
        String code = SecureTokens.normaliseHumanCode(typedCode);
        if (!CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Certificate.byCode", Certificate.class).setParameter("code", code).getResultStream()
                .findFirst().map(certificate -> PublicCertificate.of(certificate, today));
    }

    /** Certificates whose holders and coordinators should be reminded today, by id. */
    public List<Long> remindersDue(LocalDate today) {
        return em.createNamedQuery("Certificate.reminderCandidates", Certificate.class).setParameter("today", today)
                .setParameter("until", today.plusDays(rules().reminderDays())).getResultStream().map(Certificate::getId).toList();
    }

    /** Reminds the holder and the coordinators that a certificate is about to expire, once per expiry date. */
    public void remind(long certificateId, LocalDate today) {
        Certificate certificate = find(certificateId).orElseThrow(() -> new ActionRefused("certification.notFound"));
        if (certificate.isRevoked() || !rules().reminderDue(certificate.getExpiresOn(), today)) {
            return;
        }
        Account holder = certificate.getAccount();
        String expires = MAIL_DATE.format(certificate.getExpiresOn());
        var status = facts.of(holder.getId(), today);
        mail.queue(holder.getEmail(), holder.getId(),
                Texts.get(Locale.ENGLISH, "mail.certificateExpiring.subject", certificate.getCourseTitle(), expires),
                Texts.get(Locale.ENGLISH, "mail.certificateExpiring.body", holder.getDisplayName(), certificate.getCourseTitle(),
                        expires, status.supervisionRequired(), MAIL_DATE.format(status.supervisionSince()),
                        links.to("/trainee/certificate.xhtml")));
        for (Account coordinator : coordinatorsFor(certificate)) {
            mail.queue(coordinator.getEmail(), coordinator.getId(),
                    Texts.get(Locale.ENGLISH, "mail.certificateExpiringCoordinator.subject", certificate.getHolderName(), expires),
                    Texts.get(Locale.ENGLISH, "mail.certificateExpiringCoordinator.body", coordinator.getDisplayName(),
                            certificate.getHolderName(), certificate.getCourseTitle(), expires,
                            links.to("/coordinator/trainee.xhtml?id=" + holder.getId())));
        }
        certificate.remindedOfExpiry();
        record(null, certificate, "certificate.reminded", "expires " + certificate.getExpiresOn());
    }

    /** The coordinator who issued it while they still coordinate; otherwise every active coordinator. */
    private List<Account> coordinatorsFor(Certificate certificate) {
        Account issuer = certificate.getIssuedBy();
        if (issuer != null && issuer.isActive() && issuer.hasRole(Role.COORDINATOR)) {
            return List.of(issuer);
        }
        return em.createQuery("SELECT a FROM Account a JOIN a.roles r WHERE r = :role AND a.active = TRUE ORDER BY a.id", Account.class)
                .setParameter("role", Role.COORDINATOR).getResultList();
    }

    private Account coordinator(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isActive() || !account.hasRole(Role.COORDINATOR)) {
            throw new ActionRefused("certification.notCoordinator");
        }
        return account;
    }

    /** The inputs a decision note, a renewal note and a revocation reason are typed into. */
    static final String NOTE_FIELD = "note";
    static final String RENEWAL_NOTE_FIELD = "renewalNote";
    static final String REASON_FIELD = "reason";

    private static String requireText(String field, String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw ActionRefused.onField(field, messageKey);
        }
        if (text.strip().length() > Certificate.NOTE_MAX) {
            throw ActionRefused.onField(field, "certification.noteTooLong");
        }
        return text.strip();
    }

    private void record(Long actorId, Certificate certificate, String action, String detail) {
        String entry = certificate.getDisplayCode() + " (" + certificate.getCourseTitle() + "): " + detail;
        audit.record(actorId, certificate.getAccount().getId(), action, entry.length() > 1000 ? entry.substring(0, 999) + "…" : entry);
    }
}
