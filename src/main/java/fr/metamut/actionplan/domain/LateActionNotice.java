package fr.metamut.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * That the directors of an action's owner were told it is late, for the due date it then had: told once, and
 * again only if the action gets a new due date and misses that one too. Deleted with its action.
 */
@Entity
@Table(name = "plan_action_late_notice")
public class LateActionNotice {

    @Id
    @Column(name = "action_id")
    private Long actionId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    protected LateActionNotice() {
    }

    public LateActionNotice(Long actionId, LocalDate dueDate, Instant notifiedAt) {
        this.actionId = actionId;
        this.dueDate = dueDate;
        this.notifiedAt = notifiedAt;
    }

    /** Whether this notice was for the action's current due date. */
    public boolean covers(LocalDate currentDueDate) {
        return dueDate.equals(currentDueDate);
    }

    public void renew(LocalDate newDueDate, Instant at) {
        this.dueDate = newDueDate;
        this.notifiedAt = at;
    }

    public Long getActionId() {
        return actionId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
