package fr.metamut.coverage.domain;

import fr.metamut.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A point from the interviews with the operators: seeds for joint offers and actions. */
@Entity
@Table(name = "interview_insight")
public class InterviewInsight extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private InsightKind kind;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "source", length = 120)
    private @Nullable String source;

    protected InterviewInsight() {
    }

    public InterviewInsight(InsightKind kind, int position, String title, @Nullable String source) {
        this.kind = kind;
        this.position = position;
        this.title = title;
        this.source = source;
    }

    public InsightKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getSource() {
        return source;
    }
}
