package fr.metamut.coverage.domain;

import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.ServiceLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One cell of the report's published synthesis table, kept as published. No département means the
 * "Total" column; no service means the "Nombre de métiers couverts" row.
 */
@Entity
@Table(name = "published_synthesis_cell")
public class PublishedSynthesisCell {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "report_label", nullable = false, length = 160)
    private String reportLabel;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "service_line_id")
    private @Nullable ServiceLine serviceLine;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "departement_id")
    private @Nullable Departement departement;

    @Column(name = "cell_value", nullable = false)
    private int value;

    @Column(name = "source", length = 120)
    private @Nullable String source;

    protected PublishedSynthesisCell() {
    }

    public PublishedSynthesisCell(int position, String reportLabel, @Nullable ServiceLine serviceLine,
                                  @Nullable Departement departement, int value, @Nullable String source) {
        this.position = position;
        this.reportLabel = reportLabel;
        this.serviceLine = serviceLine;
        this.departement = departement;
        this.value = value;
        this.source = source;
    }

    public int getPosition() {
        return position;
    }

    public String getReportLabel() {
        return reportLabel;
    }

    public @Nullable ServiceLine getServiceLine() {
        return serviceLine;
    }

    public @Nullable Departement getDepartement() {
        return departement;
    }

    public int getValue() {
        return value;
    }

    public @Nullable String getSource() {
        return source;
    }
}
