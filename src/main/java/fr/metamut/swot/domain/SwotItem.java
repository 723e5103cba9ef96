package fr.metamut.swot.domain;

import fr.metamut.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One item of the SWOT board, in its quadrant and position. */
@Entity
@Table(name = "swot_item")
public class SwotItem extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 300;

    @Enumerated(EnumType.STRING)
    @Column(name = "quadrant", nullable = false, length = 20)
    private Quadrant quadrant;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "source", length = 120)
    private String source;

    @Column(name = "created_by", length = 60)
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SwotItem() {
    }

    public SwotItem(Quadrant quadrant, int position, String title, String source) {
        this.quadrant = quadrant;
        this.position = position;
        this.title = title;
        this.source = source;
    }

    public Quadrant getQuadrant() {
        return quadrant;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getSource() {
        return source;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
