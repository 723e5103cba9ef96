package fr.metamut.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.metamut.security.ui.view.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
}
