package fr.metamut.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What holds with or without the web: services check roles and ownership ({@code @PreAuthorize}), and
 * passwords are hashed with bcrypt.
 *
 * <p>{@code @RolesAllowed} and {@code @PermitAll} mark views and layouts only, for Vaadin's navigation access
 * control, which reads them before a view is created. They are not method-security annotations here: read by
 * Spring too, they wrapped every view in a proxy repeating that check, and a proxied view is offered again to
 * every AOP advisor at each navigation (each looks at the hundreds of methods a view inherits), which was 29 %
 * of the server CPU of the round trips that build a view.
 */
@Configuration
@EnableMethodSecurity
public class MethodSecurityConfiguration {

    static final int BCRYPT_STRENGTH = 10;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    }
}
