package fr.metamut.security.service;

import fr.metamut.base.domain.UserFacingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * What a new password must be, for every account and whoever sets it (creation, reset, the user's own
 * change, the first production administrator): at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes (bcrypt reads no further), not the login, and not on the public list of common
 * passwords shipped in {@code security/common-passwords.txt} (see the README beside it). The list is
 * compared without case; only its entries long enough to pass the length rule are kept in memory.
 * Existing passwords are not checked at login: the demo accounts' shorter password keeps working in the
 * default profile, and the prod profile refuses to start while any account has it.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a password that breaks a rule, with the message the user should see. */
    public void check(@Nullable String password, @Nullable String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserFacingException("account.error.passwordTooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new UserFacingException("account.error.passwordTooLong", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new UserFacingException("account.error.passwordContainsUsername");
        }
        if (common.contains(lower)) {
            throw new UserFacingException("account.error.passwordCommon");
        }
    }

    /** Whether the password is on the common list (case ignored). */
    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + COMMON_PASSWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip().toLowerCase(Locale.ROOT);
                if (entry.length() >= MIN_LENGTH) {
                    passwords.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
