package fr.metamut.copil.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
    private @Nullable DecisionLink linkKind;

    @Column(name = "link_id")
    private @Nullable Long linkId;

    @Column(name = "link_label", length = LABEL_MAX_LENGTH)
    private @Nullable String linkLabel;

    protected Decision() {
    }

    public Decision(String text, @Nullable DecisionLink linkKind, @Nullable Long linkId, @Nullable String linkLabel) {
        this.text = Objects.requireNonNull(text, "text");
        this.linkKind = linkId == null ? null : linkKind;
        this.linkId = linkKind == null ? null : linkId;
        this.linkLabel = this.linkId == null || linkLabel == null ? null
                : linkLabel.length() > LABEL_MAX_LENGTH ? linkLabel.substring(0, LABEL_MAX_LENGTH) : linkLabel;
    }

    public String getText() {
        return text;
    }

    public @Nullable DecisionLink getLinkKind() {
        return linkKind;
    }

    public @Nullable Long getLinkId() {
        return linkId;
    }

    public @Nullable String getLinkLabel() {
        return linkLabel;
    }

    public boolean isLinked() {
        return linkId != null;
    }
}
