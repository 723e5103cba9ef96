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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A public digital-service operator (OPSN). */
@Entity
@Table(name = "operator")
public class Operator extends AbstractEntity {

    public static final int CODE_MAX_LENGTH = 40;
    public static final int NAME_MAX_LENGTH = 120;
    public static final int WEBSITE_MAX_LENGTH = 255;
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
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private OperatorKind kind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "home_departement_id")
    private @Nullable Departement homeDepartement;

    @Min(0)
    @Column(name = "agents")
    private @Nullable Integer agents;

    @Size(max = WEBSITE_MAX_LENGTH)
    @Pattern(regexp = "^$|https?://\\S+", message = "{metamut.validation.url}")
    @Column(name = "website", length = WEBSITE_MAX_LENGTH)
    private @Nullable String website;

    @Size(max = DESCRIPTION_MAX_LENGTH)
    @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
    private @Nullable String description;

    @Column(name = "source", length = 120)
    private @Nullable String source;

    public Operator() {
    }

    public Operator(String code, String name, OperatorKind kind, @Nullable String source) {
        this.code = code;
        this.name = name;
        this.kind = kind;
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

    public OperatorKind getKind() {
        return kind;
    }

    public void setKind(OperatorKind kind) {
        this.kind = kind;
    }

    public @Nullable Departement getHomeDepartement() {
        return homeDepartement;
    }

    public void setHomeDepartement(@Nullable Departement homeDepartement) {
        this.homeDepartement = homeDepartement;
    }

    public @Nullable Integer getAgents() {
        return agents;
    }

    public void setAgents(@Nullable Integer agents) {
        this.agents = agents;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
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
