package fr.metamut.security;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.metamut.security.ui.SessionRolesAccessControl;
import fr.metamut.security.ui.view.LoginView;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security for Vaadin: every route declares its access; the login view is the only anonymous one.
 * Only in a web application — the headless export command runs without it.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/webjars/**").permitAll());
        // Vaadin's default denies (403, empty body) any path that is not a route: a logged-in user who mistypes
        // an address must reach the router and its French "page not found" instead
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    /** Vaadin's navigation access control, configured as Vaadin's, reading roles without a lookup per navigation. */
    @Bean
    @Primary
    NavigationAccessControl sessionRolesAccessControl(List<NavigationAccessChecker> checkers,
                                                      NavigationAccessControlConfigurer configurer) {
        return configurer.build(SessionRolesAccessControl::new, checkers);
    }
}
