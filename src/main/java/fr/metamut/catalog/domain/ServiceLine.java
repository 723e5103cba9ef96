package fr.metamut.catalog.domain;

import fr.metamut.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One line of the service catalogue (a "métier"). Named so to avoid clashing with {@code @Service}. */
@Entity
@Table(name = "service_line")
public class ServiceLine extends AbstractEntity {

    public static final int CODE_MAX_LENGTH = 40;
    public static final int NAME_MAX_LENGTH = 160;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;

    @NotBlank
    @Size(max = CODE_MAX_LENGTH)
    @Pattern(regexp = "[A-Z0-9_]+", message = "{metamut.validation.code}")
    @Column(name = "code", nullable = false, length = CODE_MAX_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "family_id", nullable = false)
    private ServiceFamily family;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private ServiceOrigin origin = ServiceOrigin.AJOUT;

    @Column(name = "report_label", length = 160)
    private @Nullable String reportLabel;

    @Size(max = DESCRIPTION_MAX_LENGTH)
    @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @Column(name = "source", length = 120)
    private @Nullable String source;

    public ServiceLine() {
    }

    public ServiceLine(String code, String name, ServiceFamily family, ServiceOrigin origin, @Nullable String source) {
        this.code = code;
        this.name = name;
        this.family = family;
        this.origin = origin;
        this.source = source;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceFamily getFamily() {
        return family;
    }

    public void setFamily(ServiceFamily family) {
        this.family = family;
    }

    public ServiceOrigin getOrigin() {
        return origin;
    }

    public @Nullable String getReportLabel() {
        return reportLabel;
    }

    public void setReportLabel(@Nullable String reportLabel) {
        this.reportLabel = reportLabel;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getSource() {
        return source;
    }

    @Override
    public String toString() {
        return name;
    }
}
