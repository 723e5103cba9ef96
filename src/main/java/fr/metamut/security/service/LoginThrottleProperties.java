package fr.metamut.security.service;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The login throttle's settings, {@code metamut.login-throttle.*} (documented in
 * {@code config/application.properties}).
 *
 * @param accountFreeAttempts attempts for one login before delays start
 * @param accountLockAfter    attempts for one login that lock it
 * @param addressFreeAttempts attempts from one address before delays start (several people may share it)
 * @param addressLockAfter    attempts from one address that lock it
 * @param firstDelay          the first delay, doubled at each further attempt
 * @param maxDelay            the longest delay
 * @param lockDuration        how long a lock lasts
 * @param forgetAfter         a quiet login or address is forgotten after this long
 * @param maxTracked          each node remembers the locks it has seen for at most this many logins, and as
 *                            many addresses (the counts themselves are in the database)
 */
@ConfigurationProperties("metamut.login-throttle")
public record LoginThrottleProperties(@DefaultValue("3") int accountFreeAttempts,
                                      @DefaultValue("10") int accountLockAfter,
                                      @DefaultValue("10") int addressFreeAttempts,
                                      @DefaultValue("30") int addressLockAfter,
                                      @DefaultValue("1s") Duration firstDelay,
                                      @DefaultValue("1m") Duration maxDelay,
                                      @DefaultValue("15m") Duration lockDuration,
                                      @DefaultValue("1h") Duration forgetAfter,
                                      @DefaultValue("10000") int maxTracked) {

    public LoginThrottle.Settings settings() {
        return new LoginThrottle.Settings(new LoginThrottle.Limits(accountFreeAttempts, accountLockAfter),
                new LoginThrottle.Limits(addressFreeAttempts, addressLockAfter), firstDelay, maxDelay,
                lockDuration, forgetAfter, maxTracked);
    }
}

