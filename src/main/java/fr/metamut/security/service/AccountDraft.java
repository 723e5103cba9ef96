package fr.metamut.security.service;

import fr.metamut.base.domain.Role;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.security.domain.UserAccount;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an administrator types to create or change an account; validated before anything is saved. */
public class AccountDraft {

    @NotBlank
    @Size(min = 3, max = UserAccount.USERNAME_MAX_LENGTH)
    @Pattern(regexp = "[a-z0-9._-]*", message = "{metamut.validation.username}")
    private String username = "";

    @NotBlank
    @Size(max = UserAccount.DISPLAY_NAME_MAX_LENGTH)
    private String displayName = "";

    @Email
    @Size(max = UserAccount.EMAIL_MAX_LENGTH)
    private String email = "";

    @NotNull
    private Role role = Role.DIRECTOR;

    private @Nullable Operator operator;

    /** Only for a new account; checked by {@link AccountService} against the {@link PasswordPolicy}. */
    private String password = "";

    public static AccountDraft of(UserAccount account) {
        AccountDraft draft = new AccountDraft();
        draft.username = account.getUsername();
        draft.displayName = account.getDisplayName();
        draft.email = account.getEmail() == null ? "" : account.getEmail();
        draft.role = account.getRole();
        draft.operator = account.getOperator();
        return draft;
    }

    @AssertTrue(message = "{metamut.validation.directorOperator}")
    public boolean isOperatorConsistent() {
        return role != Role.DIRECTOR || operator != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName == null ? "" : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public @Nullable Operator getOperator() {
        return operator;
    }

    public void setOperator(@Nullable Operator operator) {
        this.operator = operator;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password == null ? "" : password;
    }
}
