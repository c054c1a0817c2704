package org.alongside.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.alongside.platform.InstantConverter;

/**
 * One e-mail the portal has to send. Every message goes through this table first, so a mail
 * server that is down delays mail but never loses it, and with no mail server at all (the
 * embedded default) administrators can read the messages in the portal instead.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = "OutboxMessage.due", query = "SELECT m.id FROM OutboxMessage m WHERE m.status = org.alongside.platform.mail.OutboxMessage.Status.PENDING AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt")
@NamedQuery(name = "OutboxMessage.newestFirst", query = "SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = "OutboxMessage.count", query = "SELECT COUNT(m) FROM OutboxMessage m")
public class OutboxMessage {

    public enum Status {
        /** Waiting for (another) attempt at the SMTP server. */
        PENDING,
        /** Delivered to the SMTP server. */
        SENT,
        /** Gave up after the last attempt; an administrator can see why. */
        FAILED,
        /** No SMTP server is configured: the message stays here for administrators to read. */
        HELD
    }

    public static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** How long a claimed message is left alone by other instances before it counts as abandoned. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 254)
    @Column(nullable = false)
    private String recipient;

    /** The account the message concerns, when there is one; erasing the account erases its mail. */
    @Column(name = "account_id")
    private Long accountId;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String subject;

    @Size(max = 20000)
    private String body;

    /**
     * The body as administrators may read it in the outbox, when it differs from what is sent: its
     * links and codes replaced by a marker, so nobody can use another person's reset link,
     * invitation or welcome link.
     */
    @Size(max = 20000)
    @Column(name = "shown_body")
    private String shownBody;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private int attempts;

    @Size(max = 500)
    @Column(name = "last_error")
    private String lastError;

    @NotNull
    @Column(name = "created_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @NotNull
    @Column(name = "next_attempt_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    @Convert(converter = InstantConverter.class)
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, Long accountId, String subject, String body, String shownBody, boolean deliverable,
                         Instant now) {
        this.recipient = recipient;
        this.accountId = accountId;
        this.subject = subject;
        this.body = body;
        this.shownBody = body == null || body.equals(shownBody) ? null : shownBody;
        this.status = deliverable ? Status.PENDING : Status.HELD;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Takes the message for one attempt; other instances skip it until the lease runs out. */
    void claim(Instant now) {
        attempts++;
        nextAttemptAt = now.plus(CLAIM_LEASE);
    }

    /**
     * The body is dropped once delivered: it often holds a sign-in link, and the recipient's
     * mailbox now has the only copy anyone needs.
     */
    void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        body = null;
        shownBody = null;
        lastError = null;
    }

    void markAttemptFailed(String error, Instant now) {
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    /** What the outbox page shows: never a live link or code (see {@link SecretRedaction}). */
    public String getShownBody() {
        return shownBody != null ? shownBody : body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
