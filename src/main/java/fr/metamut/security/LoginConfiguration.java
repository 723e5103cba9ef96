package fr.metamut.security;

import fr.metamut.security.service.AccountUserDetailsService;
import fr.metamut.security.service.LoginAuthenticationProvider;
import fr.metamut.security.service.LoginTallies;
import fr.metamut.security.service.LoginThrottle;
import fr.metamut.security.service.LoginThrottleProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The login's throttle and the authentication provider that uses it (Spring Security takes a single
 * {@code AuthenticationProvider} bean as the application's login). Settings under
 * {@code metamut.login-throttle.*}, documented in {@code config/application.properties}.
 */
@Configuration
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginConfiguration {

    @Bean
    LoginThrottle loginThrottle(Clock clock, LoginThrottleProperties properties, LoginTallies tallies) {
        return new LoginThrottle(clock, properties.settings(), tallies);
    }

    @Bean
    LoginAuthenticationProvider loginAuthenticationProvider(AccountUserDetailsService accounts,
                                                            PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                                            ApplicationEventPublisher events, Clock clock) {
        return new LoginAuthenticationProvider(accounts, passwordEncoder, throttle, events, clock);
    }
}
