package fr.metamut.actionplan.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** When an action is late: its due date has passed and it is not done. An action due today is not late yet. */
public final class Deadlines {

    private Deadlines() {
    }

    public static boolean isOverdue(@Nullable LocalDate dueDate, ActionStatus status, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status != ActionStatus.FAIT;
    }
}
