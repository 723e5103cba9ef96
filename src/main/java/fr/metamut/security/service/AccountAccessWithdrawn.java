package fr.metamut.security.service;

import fr.metamut.base.domain.DataChangedEvent;
import java.util.Optional;

/**
 * Published when an account's sessions must end (disabled, role or operator changed, password reset or
 * changed); acted upon after commit, so a change that is rolled back ends nothing. Its topic
 * ({@code account/<id>}) reaches the other nodes sharing the database, which check their sessions of that account
 * against the database.
 *
 * @param accountId          the account
 * @param reason             what the user is told on the login page
 * @param keepCallersSession whether the session making the change stays open (a user changing their
 *                           own password keeps the session they changed it from)
 */
public record AccountAccessWithdrawn(Long accountId, SessionEnd reason, boolean keepCallersSession)
        implements DataChangedEvent {

    private static final String TOPIC_PREFIX = "account/";

    public static String topicOf(Long accountId) {
        return TOPIC_PREFIX + accountId;
    }

    /** The account a topic is about, if it is an account's topic. */
    public static Optional<Long> accountOf(String topic) {
        if (!topic.startsWith(TOPIC_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(topic.substring(TOPIC_PREFIX.length())));
        } catch (NumberFormatException notAnAccount) {
            return Optional.empty();
        }
    }

    @Override
    public String topic() {
        return topicOf(accountId);
    }
}
