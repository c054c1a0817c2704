package org.alongside.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.alongside.platform.InstantConverter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A person who can sign in. Everything else the portal keeps about a person hangs off this record. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(name = "Account.byPendingEmailToken", query = "SELECT a FROM Account a WHERE a.pendingEmailTokenHash = :tokenHash")
@NamedQuery(name = "Account.staff", query = "SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r <> org.alongside.identity.Role.TRAINEE ORDER BY a.displayName",
        // One query for all the staff's roles, not one per person.
        hints = @QueryHint(name = "eclipselink.batch", value = "a.roles"))
public class Account {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(nullable = false, unique = true)
    private String email;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @NotBlank
    @Size(max = 200)
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean active;

    @NotNull
    @Column(name = "created_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant createdAt;

    @NotNull
    @Column(name = "password_changed_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant passwordChangedAt;

    @Column(name = "last_sign_in_at")
    @Convert(converter = InstantConverter.class)
    private Instant lastSignInAt;

    /** Moves on whenever the account's sign-ins so far must end (see {@link SessionRule}). */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    /** A new address waiting for its confirmation link to be opened. */
    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "pending_email")
    private String pendingEmail;

    @Size(min = 64, max = 64)
    @Column(name = "pending_email_token_hash")
    private String pendingEmailTokenHash;

    @Column(name = "pending_email_expires_at")
    @Convert(converter = InstantConverter.class)
    private Instant pendingEmailExpiresAt;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.active = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** E-mail addresses are compared without case or surrounding spaces, as people type them. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The role whose home page this person lands on: the most senior one they hold. */
    public Role primaryRole() {
        return Role.mostSenior(roles);
    }

    /** A new password from the person (changed or reset): every earlier sign-in ends. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        endSessions();
    }

    /** The same password stored with a stronger work factor: nobody is signed out for that. */
    void upgradeHash(String newHash) {
        this.passwordHash = newHash;
    }

    /** Ends every session signed in so far, at its next request. */
    public void endSessions() {
        sessionEpoch++;
    }

    public void rename(String newName) {
        this.displayName = newName.strip();
    }

    /** The person's roles from now on; sessions signed in with the old ones end. */
    public void changeRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        endSessions();
    }

    /** Waits for the link sent to the new address; asking again replaces an earlier request. */
    public void requestEmailChange(String newEmail, String tokenHash, Instant expiresAt) {
        this.pendingEmail = normaliseEmail(newEmail);
        this.pendingEmailTokenHash = tokenHash;
        this.pendingEmailExpiresAt = expiresAt;
    }

    public boolean isEmailChangeUsableAt(Instant now) {
        return pendingEmail != null && pendingEmailExpiresAt != null && now.isBefore(pendingEmailExpiresAt) && active;
    }

    /**
     * The new address takes effect. Sessions end too: they are signed in under the old address,
     * and whoever opened the link should sign in again with the new one.
     */
    public void confirmEmailChange() {
        this.email = pendingEmail;
        this.pendingEmail = null;
        this.pendingEmailTokenHash = null;
        this.pendingEmailExpiresAt = null;
        endSessions();
    }

    public void recordSignIn(Instant now) {
        this.lastSignInAt = now;
    }

    public void deactivate() {
        this.active = false;
        endSessions();
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    public String getPendingEmail() {
        return pendingEmail;
    }
}
