package fr.metamut.notification.service;

import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.notification.domain.MailDelivery;
import fr.metamut.notification.domain.MailPreference;
import fr.metamut.notification.domain.MailPreferenceRepository;
import fr.metamut.notification.domain.NotificationKind;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/** Each user reads and chooses only their own e-mail preferences, per kind of notification. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MailPreferenceService {

    private final MailPreferenceRepository preferences;
    private final MailTransport transport;
    private final CurrentUser currentUser;

    public MailPreferenceService(MailPreferenceRepository preferences, MailTransport transport, CurrentUser currentUser) {
        this.preferences = preferences;
        this.transport = transport;
        this.currentUser = currentUser;
    }

    /** The current user's choice for every kind, defaults included. */
    @Transactional(readOnly = true)
    public Map<NotificationKind, MailDelivery> mine() {
        String me = currentUser.require().getUsername();
        Map<NotificationKind, MailDelivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, kind.defaultDelivery());
        }
        preferences.findByUsernameIgnoreCase(me).forEach(p -> choices.put(p.getKind(), p.getDelivery()));
        return choices;
    }

    /** Applies to the notifications created from now on. */
    public void choose(@Nullable NotificationKind kind, @Nullable MailDelivery delivery) {
        if (kind == null || delivery == null) {
            throw new UserFacingException("mail.error.choiceRequired");
        }
        String me = currentUser.require().getUsername();
        preferences.findByUsernameIgnoreCaseAndKind(me, kind).ifPresentOrElse(p -> p.choose(delivery),
                () -> preferences.save(new MailPreference(me, kind, delivery)));
        try {
            preferences.flush();
        } catch (DataIntegrityViolationException e) {
            // the same user chose for the same kind in another tab at the same moment
            throw new UserFacingException("error.staleData");
        }
    }

    /** Whether this installation sends mails at all (an SMTP server is set). */
    @Transactional(readOnly = true)
    public boolean mailEnabled() {
        return transport.enabled();
    }
}
