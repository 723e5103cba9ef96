package fr.metamut.offer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A dated step of a joint offer's timeline. */
@Embeddable
public class Milestone {

    public static final int TITLE_MAX_LENGTH = 200;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    /** By date, undated steps last (in the order given: sorting is stable). */
    public static final Comparator<Milestone> BY_DATE =
            Comparator.comparing(Milestone::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()));

    protected Milestone() {
    }

    public Milestone(String title, @Nullable LocalDate dueDate) {
        this.title = title;
        this.dueDate = dueDate;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Milestone m && Objects.equals(title, m.title) && Objects.equals(dueDate, m.dueDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, dueDate);
    }

    @Override
    public String toString() {
        return dueDate == null ? title : title + " (" + dueDate + ")";
    }
}
