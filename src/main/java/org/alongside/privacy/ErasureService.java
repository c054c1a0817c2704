package org.alongside.privacy;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.learning.LearningCalendar;
import org.alongside.matching.MatchingService;
import org.alongside.matching.SupportOffer;
import org.alongside.matching.SupportOfferStatus;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.PortalLinks;
import org.alongside.platform.Texts;
import org.alongside.platform.mail.MailService;

/**
 * The right to erasure: a person asks, a coordinator (for a trainee) or an administrator (for
 * staff) reviews and carries it out. Most of a person's rows go with the account row through the
 * schema's ON DELETE CASCADE keys; this service does the rest explicitly, because those rows
 * either must stay naming nobody or do not point at the account by key:
 * <ul>
 * <li>certificates leave an {@link ErasedCertificate} (the code only), so /verify can say "no longer available";</li>
 * <li>supervision sessions they supervised and role plays they observed keep the record, with
 *     the name written at the time replaced (the keys themselves are SET NULL);</li>
 * <li>invitations they redeemed or that were sent to their address, and every e-mail to their
 *     address, are deleted (an invitation keeps the address it was sent to);</li>
 * <li>a supporter's live support offers are declined or ended first, as if by them, so coordinators hear of it;</li>
 * <li>the audit trail keeps its entries, the account then named by its number only (V15 drops
 *     the audit trail's keys to account, as the audit helper's V13 does).</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class ErasureService {

    /** A request as the queue shows it. */
    public record Pending(long requestId, long accountId, String name, String email, Set<Role> roles, boolean staff,
            Instant requestedAt, String reason) implements Serializable {

        static Pending of(ErasureRequest request) {
            Account account = request.getAccount();
            return new Pending(request.getId(), account.getId(), account.getDisplayName(), account.getEmail(), account.getRoles(),
                    ErasureRules.isStaff(account.getRoles()), request.getRequestedAt(), request.getReason());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    MailService mail;

    @Inject
    PortalLinks links;

    @Inject
    MatchingService matching;

    @Inject
    LearningCalendar calendar;

    @Inject
    Clock clock;

    public Optional<ErasureRequest> requestOf(long accountId) {
        return em.createNamedQuery("ErasureRequest.byAccount", ErasureRequest.class).setParameter("accountId", accountId)
                .getResultStream().findFirst();
    }

    /** The signed-in person asks for their own account to be erased. Asking twice changes nothing. */
    public void request(long callerId, String reason) {
        Account account = active(callerId);
        if (reason != null && reason.strip().length() > ErasureRequest.REASON_MAX) {
            throw new ActionRefused("erasure.reasonTooLong");
        }
        if (requestOf(callerId).isPresent()) {
            return;
        }
        em.persist(new ErasureRequest(account, reason, clock.instant()));
        audit.record(callerId, callerId, "account.erasureRequested", "");
    }

    /** The person changed their mind before anyone carried the request out. */
    public void withdraw(long callerId) {
        requestOf(callerId).ifPresent(request -> {
            em.remove(request);
            audit.record(callerId, callerId, "account.erasureWithdrawn", "");
        });
    }

    /** The requests this reviewer may carry out, oldest first. */
    public List<Pending> pending(long reviewerId) {
        Account reviewer = reviewer(reviewerId);
        return em.createNamedQuery("ErasureRequest.oldestFirst", ErasureRequest.class).getResultStream()
                .filter(request -> mayCarryOut(reviewer, request.getAccount()))
                .map(Pending::of).toList();
    }

    /** One request for its review page; empty when it is gone or not this reviewer's to decide. */
    public Optional<Pending> pending(long reviewerId, long requestId) {
        Account reviewer = reviewer(reviewerId);
        return Optional.ofNullable(em.find(ErasureRequest.class, requestId))
                .filter(request -> mayCarryOut(reviewer, request.getAccount()))
                .map(Pending::of);
    }

    /**
     * The reviewer decides not to erase, for a reason the person is told (for example records the
     * charity must keep while a safeguarding concern is open). The request goes; the person can ask
     * again, and the e-mail says how to complain about the decision.
     */
    public void decline(long reviewerId, long requestId, String reason) {
        String written = reason == null ? "" : reason.strip();
        if (written.isEmpty()) {
            throw new ActionRefused("erasure.declineReasonMissing");
        }
        if (written.length() > ErasureRequest.REASON_MAX) {
            throw new ActionRefused("erasure.reasonTooLong");
        }
        ErasureRequest request = decidable(reviewer(reviewerId), requestId);
        Account person = request.getAccount();
        em.remove(request);
        audit.record(reviewerId, person.getId(), "account.erasureDeclined", "");
        mail.queue(person.getEmail(), person.getId(), Texts.get(Locale.ENGLISH, "erasure.declinedMail.subject"),
                Texts.get(Locale.ENGLISH, "erasure.declinedMail.body", person.getDisplayName(), written,
                        links.to("/account/my-data.xhtml"), links.to("/privacy.xhtml")));
    }

    /** Carries out one request: afterwards no row points at the account, and the person has had a last e-mail. */
    public void erase(long reviewerId, long requestId) {
        ErasureRequest request = decidable(reviewer(reviewerId), requestId);
        Account person = request.getAccount();
        long activeAdministrators = em.createQuery("SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.active = TRUE", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (!ErasureRules.leavesAnAdministrator(person.getRoles(), activeAdministrators)) {
            throw new ActionRefused("erasure.lastAdministrator");
        }
        long id = person.getId();
        String email = person.getEmail();
        String name = person.getDisplayName();

        // A supporter's live offers end as if they had ended them, so no request is left waiting on
        // an offer that no longer exists: coordinators are told and the request is back in the queue or closed.
        for (SupportOffer offer : matching.offersFor(id)) {
            if (offer.getStatus() == SupportOfferStatus.OFFERED) {
                matching.decline(id, offer.getId());
            } else if (offer.getStatus() == SupportOfferStatus.ACCEPTED) {
                matching.end(id, offer.getId());
            }
        }

        em.createQuery("SELECT c.verificationCode FROM Certificate c WHERE c.account.id = :id", String.class).setParameter("id", id)
                .getResultList().forEach(code -> em.persist(new ErasedCertificate(code, calendar.today())));
        em.createQuery("UPDATE SupervisionSession s SET s.supervisorName = :written WHERE s.supervisor.id = :id")
                .setParameter("written", ErasureRules.ERASED_SUPERVISOR).setParameter("id", id).executeUpdate();
        em.createQuery("UPDATE PracticeObservation o SET o.observerName = :written WHERE o.observer.id = :id")
                .setParameter("written", ErasureRules.ERASED_OBSERVER).setParameter("id", id).executeUpdate();
        em.createQuery("DELETE FROM Invitation i WHERE i.redeemedBy.id = :id OR LOWER(i.email) = :email")
                .setParameter("id", id).setParameter("email", email).executeUpdate();
        em.createQuery("DELETE FROM OutboxMessage m WHERE m.accountId = :id OR LOWER(m.recipient) = :email")
                .setParameter("id", id).setParameter("email", email).executeUpdate();
        // Recorded before the account goes, naming nobody: the entry stays, about "an erased account".
        audit.record(reviewerId, id, "account.erased", ErasureRules.isStaff(person.getRoles()) ? "staff" : "trainee");
        em.flush();
        em.remove(request);
        em.remove(person);
        em.flush();
        // No account id: the account is gone, and this message must outlive it.
        mail.queue(email, null, Texts.get(Locale.ENGLISH, "erasure.mail.subject"),
                Texts.get(Locale.ENGLISH, "erasure.mail.body", name, links.to("/privacy.xhtml")));
    }

    /** Whether a certificate code belonged to a certificate whose holder was erased (for /verify). */
    public boolean certificateErased(String normalisedCode) {
        return em.find(ErasedCertificate.class, normalisedCode) != null;
    }

    /** The request, locked against a second reviewer deciding at the same moment, if this reviewer may decide it. */
    private ErasureRequest decidable(Account reviewer, long requestId) {
        ErasureRequest request = em.find(ErasureRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new ActionRefused("erasure.gone");
        }
        if (!mayCarryOut(reviewer, request.getAccount())) {
            throw new ActionRefused("erasure.notAllowed");
        }
        return request;
    }

    private boolean mayCarryOut(Account reviewer, Account person) {
        return ErasureRules.mayCarryOut(reviewer.getRoles(), reviewer.isActive(), reviewer.getId().equals(person.getId()), person.getRoles());
    }

    private Account reviewer(long reviewerId) {
        Account reviewer = em.find(Account.class, reviewerId);
        if (reviewer == null || !reviewer.isActive() || !ErasureRules.reviewsErasures(reviewer.getRoles())) {
            throw new ActionRefused("erasure.notAllowed");
        }
        return reviewer;
    }

    private Account active(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isActive()) {
            throw new ActionRefused("erasure.notAllowed");
        }
        return account;
    }
}
