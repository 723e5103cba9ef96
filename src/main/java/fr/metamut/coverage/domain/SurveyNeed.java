package fr.metamut.coverage.domain;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.ServiceLine;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of the survey table "Besoins non couverts par les SMI par département": the share of
 * respondents who want a service their operator does not give them, per département and region.
 */
@Entity
@Table(name = "survey_need")
public class SurveyNeed extends AbstractEntity {

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "report_label", nullable = false, length = 200)
    private String reportLabel;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "service_line_id")
    private @Nullable ServiceLine serviceLine;

    @Column(name = "region_percent", nullable = false, precision = 5, scale = 1)
    private BigDecimal regionPercent;

    @Column(name = "mapping_note", length = 500)
    private @Nullable String mappingNote;

    @Column(name = "source", length = 120)
    private @Nullable String source;

    @OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<SurveyNeedValue> values = new ArrayList<>();

    protected SurveyNeed() {
    }

    public SurveyNeed(int position, String reportLabel, String label, @Nullable ServiceLine serviceLine,
                      BigDecimal regionPercent, @Nullable String mappingNote, @Nullable String source) {
        this.position = position;
        this.reportLabel = reportLabel;
        this.label = label;
        this.serviceLine = serviceLine;
        this.regionPercent = regionPercent;
        this.mappingNote = mappingNote;
        this.source = source;
    }

    public void putPercent(Departement departement, BigDecimal percent) {
        values.add(new SurveyNeedValue(this, departement, percent));
    }

    public Optional<BigDecimal> percentIn(String departementCode) {
        return values.stream().filter(v -> v.getDepartement().getCode().equals(departementCode))
                .map(SurveyNeedValue::getPercent).findFirst();
    }

    public int getPosition() {
        return position;
    }

    public String getReportLabel() {
        return reportLabel;
    }

    public String getLabel() {
        return label;
    }

    public @Nullable ServiceLine getServiceLine() {
        return serviceLine;
    }

    public BigDecimal getRegionPercent() {
        return regionPercent;
    }

    public @Nullable String getMappingNote() {
        return mappingNote;
    }

    public @Nullable String getSource() {
        return source;
    }

    public List<SurveyNeedValue> getValues() {
        return List.copyOf(values);
    }
}
