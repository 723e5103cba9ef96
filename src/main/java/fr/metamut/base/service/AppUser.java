package fr.metamut.base.service;

import fr.metamut.base.domain.Role;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated principal: enough about the account to authorize without a database round trip
 * (role, operator). Built by the security feature from a {@code UserAccount}: a snapshot taken at login,
 * which the security feature ends as soon as the account's {@link #getSecurityStamp() stamp} moves on
 * (disabled, role or operator changed, password reset). While the account must change its password, the
 * principal carries no role: every role-guarded page and service refuses it.
 */
public final class AppUser implements UserDetails, CredentialsContainer {

    private final Long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final @Nullable Long operatorId;
    private final @Nullable String operatorName;
    private final boolean enabled;
    private final long securityStamp;
    private final boolean passwordChangeRequired;
    private @Nullable String passwordHash;

    public AppUser(Long id, String username, String displayName, Role role, @Nullable Long operatorId,
                   @Nullable String operatorName, boolean enabled, String passwordHash, long securityStamp,
                   boolean passwordChangeRequired) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.operatorId = operatorId;
        this.operatorName = operatorName;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
        this.securityStamp = securityStamp;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    /** The operator a director belongs to; {@code null} for coordinators and administrators. */
    public @Nullable Long getOperatorId() {
        return operatorId;
    }

    public @Nullable String getOperatorName() {
        return operatorName;
    }

    public boolean hasRole(Role expected) {
        return role == expected;
    }

    /** Whether this user is the director of the given operator. */
    public boolean directs(@Nullable Long operator) {
        return role == Role.DIRECTOR && operatorId != null && operatorId.equals(operator);
    }

    /** The account's security stamp when this principal was built (see the class comment). */
    public long getSecurityStamp() {
        return securityStamp;
    }

    /** Whether an administrator reset the password: the user must choose a new one before anything else. */
    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return passwordChangeRequired ? List.of() : List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
