package org.alongside.identity;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.PortalLinks;
import org.alongside.platform.SecureTokens;
import org.alongside.platform.Texts;
import org.alongside.platform.mail.MailService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Coordinators invite trainees; a trainee redeems the invitation once to create their account. */
@ApplicationScoped
@Transactional
public class InvitationService {

    /** The refusal of a code that matches no invitation: the one a guess gets. */
    public static final String UNKNOWN_CODE = "invitation.unknown";


    /** The code in full, shown once to the coordinator who created it. */
    public record IssuedInvitation(Invitation invitation, String code, String link) {
    }

    private static final int CODE_GROUPS = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    MailService mail;

    @Inject
    Event<TraineeJoined> joined;

    @Inject
    PortalLinks links;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "portal.invitation.valid-days", defaultValue = "14")
    long validDays;

    /** An invitation to join the given cohort, e-mailed when an address is given. */
    public IssuedInvitation invite(long coordinatorId, long cohortId, String email, Locale locale) {
        Account coordinator = em.find(Account.class, coordinatorId);
        if (coordinator == null || !coordinator.hasRole(Role.COORDINATOR)) {
            throw new ActionRefused("invitation.notCoordinator");
        }
        String code = SecureTokens.newHumanCode(CODE_GROUPS);
        Instant now = clock.instant();
        Invitation invitation = new Invitation(SecureTokens.sha256(SecureTokens.normaliseHumanCode(code)), cohortId, email,
                coordinator, now, now.plus(Duration.ofDays(validDays)));
        em.persist(invitation);
        String link = links.to("/join.xhtml?code=" + code);
        if (invitation.getEmail() != null) {
            mail.queueSecret(invitation.getEmail(), null, Texts.get(locale, "mail.invitation.subject"),
                    Texts.get(locale, "mail.invitation.body", coordinator.getDisplayName(), link, code, validDays), List.of(link, code));
        }
        // Not about one account yet: the subject is the coordinator, the detail names the invitation and group.
        audit.record(coordinatorId, coordinatorId, "invitation.created", "Invitation " + invitation.getId() + " into group " + cohortId
                + (invitation.getEmail() == null ? ", code handed over" : ", e-mailed") + ", valid until " + invitation.getExpiresAt());
        return new IssuedInvitation(invitation, code, link);
    }

    public List<Invitation> newestFirst(int first, int pageSize) {
        return em.createNamedQuery("Invitation.newestFirst", Invitation.class)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count() {
        return em.createNamedQuery("Invitation.count", Long.class).getSingleResult();
    }

    /** A coordinator withdraws an unused invitation; the code stops working at once. Audited. */
    public void revoke(long coordinatorId, long invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation != null) {
            invitation.revoke(clock.instant());
            audit.record(coordinatorId, coordinatorId, "invitation.revoked", "Invitation " + invitation.getId() + " revoked");
        }
    }

    /** The status of a typed code, so the join page can explain a used or expired one. */
    public Optional<Invitation.Status> statusOf(String code) {
        return find(code).map(i -> i.statusAt(clock.instant()));
    }

    /** Creates the trainee's account and spends the invitation, all or nothing. */
    public Account redeem(String code, String displayName, String email, String password) {
        Invitation invitation = find(code).orElseThrow(() -> new ActionRefused(UNKNOWN_CODE));
        Instant now = clock.instant();
        switch (invitation.statusAt(now)) {
            case REDEEMED -> throw new ActionRefused("invitation.used");
            case EXPIRED -> throw new ActionRefused("invitation.expired");
            case REVOKED -> throw new ActionRefused("invitation.revoked");
            case OPEN -> {
                // carries on below
            }
        }
        if (invitation.getEmail() != null && !invitation.getEmail().equals(Account.normaliseEmail(email))) {
            throw new ActionRefused("invitation.otherEmail");
        }
        Account trainee = accounts.create(email, displayName, password, EnumSet.of(Role.TRAINEE));
        invitation.redeem(trainee, now);
        if (invitation.getCohortId() != null) {
            joined.fire(new TraineeJoined(trainee, invitation.getCohortId()));
        }
        audit.record(trainee.getId(), trainee.getId(), "invitation.redeemed", "Invitation " + invitation.getId() + " redeemed"
                + (invitation.getCohortId() == null ? "" : ", joined group " + invitation.getCohortId()));
        return trainee;
    }

    private Optional<Invitation> find(String code) {
        String normalised = SecureTokens.normaliseHumanCode(code);
        if (normalised.isEmpty() || normalised.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery("Invitation.byCodeHash", Invitation.class)
                .setParameter("codeHash", SecureTokens.sha256(normalised))
                .getResultStream().findFirst();
    }
}
