package fr.metamut.coverage.domain;

import fr.metamut.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A headline figure of the survey or the report (488 complete answers, 6.8/10 satisfaction, ...). */
@Entity
@Table(name = "survey_fact")
public class SurveyFact extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "fact_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal value;

    @Column(name = "unit", length = 10)
    private @Nullable String unit;

    @Column(name = "source", length = 120)
    private @Nullable String source;

    protected SurveyFact() {
    }

    public SurveyFact(String code, String label, BigDecimal value, @Nullable String unit, @Nullable String source) {
        this.code = code;
        this.label = label;
        this.value = value;
        this.unit = unit;
        this.source = source;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getValue() {
        return value;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public @Nullable String getSource() {
        return source;
    }
}
