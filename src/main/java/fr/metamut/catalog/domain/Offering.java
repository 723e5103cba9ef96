package fr.metamut.catalog.domain;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.Attribution;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One operator offering one service in one département: the atom of coverage. Who created it and who
 * changed it last is kept on the row.
 */
@Entity
@Table(name = "offering")
public class Offering extends AbstractEntity {

    public static final int NOTE_MAX_LENGTH = 500;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "operator_id", nullable = false)
    private Operator operator;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_line_id", nullable = false)
    private ServiceLine serviceLine;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "departement_id", nullable = false)
    private Departement departement;

    @Size(max = NOTE_MAX_LENGTH)
    @Column(name = "note", length = NOTE_MAX_LENGTH)
    private @Nullable String note;

    @Column(name = "report_label", length = 160)
    private @Nullable String reportLabel;

    @Column(name = "source", length = 120)
    private @Nullable String source;

    @Embedded
    private Attribution attribution;

    protected Offering() {
    }

    public Offering(Operator operator, ServiceLine serviceLine, Departement departement, @Nullable String note) {
        this.operator = operator;
        this.serviceLine = serviceLine;
        this.departement = departement;
        this.note = note;
    }

    /** An offering read from the report, keeping the report's own wording of the service. */
    public static Offering fromReport(Operator operator, ServiceLine serviceLine, Departement departement,
                                      String reportLabel, @Nullable String note, String source) {
        Offering offering = new Offering(operator, serviceLine, departement, note);
        offering.reportLabel = reportLabel;
        offering.source = source;
        return offering;
    }

    /** Records who created the row. */
    public void created(String username, Instant at) {
        attribution = Attribution.createdBy(username, at).changedBy(username, at);
    }

    /** Changes the note and records who did it. */
    public void changeNote(@Nullable String newNote, String username, Instant at) {
        this.note = newNote;
        attribution = getAttribution().changedBy(username, at);
    }

    public Operator getOperator() {
        return operator;
    }

    public ServiceLine getServiceLine() {
        return serviceLine;
    }

    public Departement getDepartement() {
        return departement;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable String getReportLabel() {
        return reportLabel;
    }

    public @Nullable String getSource() {
        return source;
    }

    /** Who created the row and who changed it last ({@link Attribution#NONE} for a row read from the report). */
    public Attribution getAttribution() {
        return Attribution.orNone(attribution);
    }
}
