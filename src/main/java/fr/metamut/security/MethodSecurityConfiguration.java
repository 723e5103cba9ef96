package fr.metamut.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What holds with or without the web: services check roles and ownership ({@code @PreAuthorize},
 * {@code @RolesAllowed}), and passwords are hashed with bcrypt.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
public class MethodSecurityConfiguration {

    static final int BCRYPT_STRENGTH = 10;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    }
}
