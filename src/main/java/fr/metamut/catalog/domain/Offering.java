package fr.metamut.catalog.domain;

import fr.metamut.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

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
    private String note;

    @Column(name = "report_label", length = 160)
    private String reportLabel;

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

    protected Offering() {
    }

    public Offering(Operator operator, ServiceLine serviceLine, Departement departement, String note) {
        this.operator = operator;
        this.serviceLine = serviceLine;
        this.departement = departement;
        this.note = note;
    }

    /** An offering read from the report, keeping the report's own wording of the service. */
    public static Offering fromReport(Operator operator, ServiceLine serviceLine, Departement departement,
                                      String reportLabel, String note, String source) {
        Offering offering = new Offering(operator, serviceLine, departement, note);
        offering.reportLabel = reportLabel;
        offering.source = source;
        return offering;
    }

    /** Records who created the row. */
    public void created(String username, Instant at) {
        this.createdBy = username;
        this.createdAt = at;
        this.updatedBy = username;
        this.updatedAt = at;
    }

    /** Changes the note and records who did it. */
    public void changeNote(String newNote, String username, Instant at) {
        this.note = newNote;
        this.updatedBy = username;
        this.updatedAt = at;
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

    public String getNote() {
        return note;
    }

    public String getReportLabel() {
        return reportLabel;
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
