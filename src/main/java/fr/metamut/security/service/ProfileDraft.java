package fr.metamut.security.service;

import fr.metamut.security.domain.UserAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user changes of their own account on "Mon compte": their display name and e-mail address; the current
 * password proves it is them when the address changes. Validated before anything is saved.
 */
public class ProfileDraft {

    @NotBlank
    @Size(max = UserAccount.DISPLAY_NAME_MAX_LENGTH)
    private String displayName = "";

    @Email
    @Size(max = UserAccount.EMAIL_MAX_LENGTH)
    private String email = "";

    /** Only checked when the address changes; never stored. */
    private String currentPassword = "";

    public static ProfileDraft of(UserAccount account) {
        ProfileDraft draft = new ProfileDraft();
        draft.displayName = account.getDisplayName();
        draft.email = account.getEmail() == null ? "" : account.getEmail();
        return draft;
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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(@Nullable String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }
}
