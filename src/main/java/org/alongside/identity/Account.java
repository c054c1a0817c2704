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
        Role primary = null;
        for (Role role : roles) {
            if (primary == null || role.ordinal() > primary.ordinal()) {
                primary = role;
            }
        }
        return primary;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    public void recordSignIn(Instant now) {
        this.lastSignInAt = now;
    }

    public void deactivate() {
        this.active = false;
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
}
