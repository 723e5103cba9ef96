package fr.metamut.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.metamut.base.domain.UserFacingException;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Feedback toasts, and the translation of service refusals into a message the user understands. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** The user-facing text of a refusal from a service. */
    public static String messageOf(RuntimeException e) {
        UI ui = UI.getCurrent();
        if (e instanceof UserFacingException refusal) {
            return ui.getTranslation(refusal.getMessageKey(), refusal.getArguments());
        }
        if (e instanceof OptimisticLockingFailureException) {
            // someone saved the same row between this user's read and write: say so, never a stack trace
            return ui.getTranslation("error.staleData");
        }
        if (e instanceof AccessDeniedException) {
            return ui.getTranslation("error.accessDenied");
        }
        if (e instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " : " + v.getMessage())
                    .collect(Collectors.joining("\n"));
        }
        throw e;
    }

    /** Runs a service call; a refusal (or a lost race with another user's save) becomes an error toast and {@code false}. */
    public static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (UserFacingException | AccessDeniedException | ConstraintViolationException
                 | OptimisticLockingFailureException e) {
            error(messageOf(e));
            return false;
        }
    }

    /** Whether a service call failed for a reason {@link #messageOf} can tell the user. */
    public static boolean isRefusal(RuntimeException e) {
        return e instanceof UserFacingException || e instanceof AccessDeniedException
                || e instanceof ConstraintViolationException || e instanceof OptimisticLockingFailureException;
    }
}
