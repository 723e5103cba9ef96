package fr.metamut.offer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a joint offer's workflow: from, to, who, when, and why. Appended by {@link JointOffer}. */
@Entity
@Table(name = "offer_state_change")
public class OfferStateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", nullable = false)
    private JointOffer offer;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30)
    private @Nullable OfferStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private OfferStatus to;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "rationale", length = 4000)
    private @Nullable String rationale;

    protected OfferStateChange() {
    }

    OfferStateChange(JointOffer offer, @Nullable OfferStatus from, OfferStatus to, String actor, Instant at, @Nullable String rationale) {
        this.offer = offer;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = at;
        this.rationale = rationale;
    }

    public Long getId() {
        return id;
    }

    public @Nullable OfferStatus getFrom() {
        return from;
    }

    public OfferStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public @Nullable String getRationale() {
        return rationale;
    }
}
