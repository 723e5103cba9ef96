package fr.metamut.swot.domain;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.Attribution;
import fr.metamut.base.domain.Sources;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One item of the SWOT board, in its quadrant and position, with the evidence that backs it. Changed
 * only through {@link #edit} and {@link #moveTo} (which record who did it) and renumbered by
 * {@link SwotOrder}; Envers keeps every version with its author. A link to actions of the action plan
 * will come with the action plan.
 */
@Entity
@Table(name = "swot_item")
@Audited
public class SwotItem extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "quadrant", nullable = false, length = 20)
    private Quadrant quadrant;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @Column(name = "source", length = Sources.SOURCE_MAX_LENGTH)
    private @Nullable String source;

    @Embedded
    private Attribution attribution;

    @Column(name = "evidence_service_line_id")
    private @Nullable Long evidenceServiceLineId;

    @Column(name = "evidence_departement_id")
    private @Nullable Long evidenceDepartementId;

    @Column(name = "evidence_survey_need_id")
    private @Nullable Long evidenceSurveyNeedId;

    @Column(name = "evidence_partnership_id")
    private @Nullable Long evidencePartnershipId;

    protected SwotItem() {
    }

    /** An item read from the report. */
    public SwotItem(Quadrant quadrant, int position, String title, @Nullable String source) {
        this.quadrant = quadrant;
        this.position = position;
        this.title = title;
        this.source = source;
    }

    /** An item written by a user, placed at the given position of its quadrant. */
    public static SwotItem create(Quadrant quadrant, int position, SwotContent content, String username, Instant at) {
        SwotItem item = new SwotItem(quadrant, position, "", null);
        item.attribution = Attribution.createdBy(username, at);
        item.edit(content, username, at);
        return item;
    }

    /** Replaces title, description and evidence with values that keep {@link SwotRules}. */
    public void edit(SwotContent content, String username, Instant at) {
        if (!SwotRules.check(content).isEmpty()) {
            throw new IllegalArgumentException("SWOT item content breaks its rules: " + SwotRules.check(content));
        }
        title = content.title().strip();
        description = content.description() == null || content.description().isBlank()
                ? null : content.description().strip();
        SwotEvidence evidence = content.evidence();
        evidenceServiceLineId = evidence.serviceLineId();
        evidenceDepartementId = evidence.departementId();
        evidenceSurveyNeedId = evidence.surveyNeedId();
        evidencePartnershipId = evidence.partnershipId();
        touched(username, at);
    }

    /** Moves the item to a quadrant and position chosen by a user. */
    public void moveTo(Quadrant target, int newPosition, String username, Instant at) {
        quadrant = target;
        position = newPosition;
        touched(username, at);
    }

    /** Records that a user moved the item within its quadrant (the position is set by {@link SwotOrder}). */
    public void moved(String username, Instant at) {
        touched(username, at);
    }

    /** Drops the link to a partnership that no longer exists. */
    public void forgetPartnership() {
        evidencePartnershipId = null;
    }

    void placeAt(int newPosition) {
        position = newPosition;
    }

    private void touched(String username, Instant at) {
        attribution = getAttribution().changedBy(username, at);
    }

    public SwotContent content() {
        return new SwotContent(title, description, getEvidence());
    }

    public SwotEvidence getEvidence() {
        return new SwotEvidence(evidenceServiceLineId, evidenceDepartementId, evidenceSurveyNeedId, evidencePartnershipId);
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

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable String getSource() {
        return source;
    }

    /** Who created the row and who changed it last ({@link Attribution#NONE} for a row read from the report). */
    public Attribution getAttribution() {
        return Attribution.orNone(attribution);
    }
}
