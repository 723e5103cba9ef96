package fr.metamut.base.service;

import fr.metamut.base.domain.Role;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: enough about the account to authorize without a database round trip
 * (role, operator). Built by the security feature from a {@code UserAccount}.
 */
public final class AppUser implements UserDetails, CredentialsContainer {

    private final Long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long operatorId;
    private final String operatorName;
    private final boolean enabled;
    private String passwordHash;

    public AppUser(Long id, String username, String displayName, Role role, Long operatorId,
                   String operatorName, boolean enabled, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.operatorId = operatorId;
        this.operatorName = operatorName;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
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
    public Long getOperatorId() {
        return operatorId;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public boolean hasRole(Role expected) {
        return role == expected;
    }

    /** Whether this user is the director of the given operator. */
    public boolean directs(Long operator) {
        return role == Role.DIRECTOR && operatorId != null && operatorId.equals(operator);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
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
