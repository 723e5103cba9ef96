package fr.metamut.security.domain;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.Role;
import fr.metamut.catalog.domain.Operator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person who logs in. A director belongs to exactly one operator; other roles belong to none — the
 * constructor and {@link #assign(Role, Operator)} keep that invariant (the database checks it too). Every
 * change that withdraws what a session was granted moves the {@link #getSecurityStamp() security stamp}.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    public static final int USERNAME_MAX_LENGTH = 60;
    public static final int DISPLAY_NAME_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 160;

    @Column(name = "username", nullable = false, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "email", length = EMAIL_MAX_LENGTH)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "operator_id")
    private @Nullable Operator operator;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role, @Nullable Operator operator,
                       Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        assign(role, operator);
    }

    /**
     * Gives the account a role; a director needs an operator, other roles lose theirs. Returns whether the
     * role or operator changed: sessions opened with the old ones then end ({@link #getSecurityStamp()}).
     */
    public boolean assign(Role newRole, @Nullable Operator newOperator) {
        if (newRole == Role.DIRECTOR && newOperator == null) {
            throw new IllegalArgumentException("A director belongs to an operator");
        }
        Operator assigned = newRole == Role.DIRECTOR ? newOperator : null;
        boolean changed = newRole != role || !Objects.equals(operatorId(operator), operatorId(assigned));
        this.role = newRole;
        this.operator = assigned;
        if (changed) {
            securityStamp++;
        }
        return changed;
    }

    private static Long operatorId(Operator operator) {
        return operator == null ? null : operator.getId();
    }

    public void rename(String newDisplayName, @Nullable String newEmail) {
        this.displayName = newDisplayName;
        this.email = newEmail;
    }

    /** An administrator's reset: the password works once, to choose a new one; open sessions end. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = true;
        securityStamp++;
    }

    /** The user's own choice of password; their other sessions end. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
        securityStamp++;
    }

    /** Disabling ends the account's open sessions; returns whether the state changed. */
    public boolean setEnabled(boolean newEnabled) {
        if (enabled == newEnabled) {
            return false;
        }
        this.enabled = newEnabled;
        securityStamp++;
        return true;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable Operator getOperator() {
        return operator;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Changes whenever what a session was granted at login no longer holds (disabled, role or operator
     * changed, password reset or changed): a session that logged in with another stamp must end.
     */
    public long getSecurityStamp() {
        return securityStamp;
    }

    /** Set by an administrator's reset: the user must choose a new password before anything else. */
    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }
}
