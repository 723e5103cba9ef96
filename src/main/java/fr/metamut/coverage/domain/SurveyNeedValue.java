package fr.metamut.coverage.domain;

import fr.metamut.catalog.domain.Departement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The % of a département's respondents who named an unmet need. Part of {@link SurveyNeed}. */
@Entity
@Table(name = "survey_need_value")
public class SurveyNeedValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_need_id", nullable = false)
    private SurveyNeed need;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "departement_id", nullable = false)
    private Departement departement;

    @Column(name = "percent", nullable = false, precision = 5, scale = 1)
    private BigDecimal percent;

    protected SurveyNeedValue() {
    }

    SurveyNeedValue(SurveyNeed need, Departement departement, BigDecimal percent) {
        this.need = need;
        this.departement = departement;
        this.percent = percent;
    }

    public Departement getDepartement() {
        return departement;
    }

    public BigDecimal getPercent() {
        return percent;
    }
}
