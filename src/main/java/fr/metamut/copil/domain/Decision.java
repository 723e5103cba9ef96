package fr.metamut.copil.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One decision of a meeting, optionally about an offer, an action or a SWOT item: that item's id (no foreign
 * key: its feature may remove it) and its title when the decision was written, so the decision still reads
 * whole once the item is gone.
 */
@Embeddable
public class Decision {

    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int LABEL_MAX_LENGTH = 300;

    @Column(name = "text", nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind", length = 10)
    private DecisionLink linkKind;

    @Column(name = "link_id")
    private Long linkId;

    @Column(name = "link_label", length = LABEL_MAX_LENGTH)
    private String linkLabel;

    protected Decision() {
    }

    public Decision(String text, DecisionLink linkKind, Long linkId, String linkLabel) {
        this.text = Objects.requireNonNull(text, "text");
        this.linkKind = linkId == null ? null : linkKind;
        this.linkId = linkKind == null ? null : linkId;
        this.linkLabel = this.linkId == null || linkLabel == null ? null
                : linkLabel.length() > LABEL_MAX_LENGTH ? linkLabel.substring(0, LABEL_MAX_LENGTH) : linkLabel;
    }

    public String getText() {
        return text;
    }

    public DecisionLink getLinkKind() {
        return linkKind;
    }

    public Long getLinkId() {
        return linkId;
    }

    public String getLinkLabel() {
        return linkLabel;
    }

    public boolean isLinked() {
        return linkId != null;
    }
}
