package fr.metamut.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the periodic check that ends idle sessions ({@code ActiveSessions}). */
@Configuration
@EnableScheduling
public class SessionConfiguration {
}
