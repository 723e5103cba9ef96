package fr.metamut.catalog.domain;

import fr.metamut.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One of the region's départements (02 Aisne, 59 Nord, 60 Oise, 62 Pas-de-Calais, 80 Somme). */
@Entity
@Table(name = "departement")
public class Departement extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 3)
    private String code;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "source", length = 120)
    private @Nullable String source;

    protected Departement() {
    }

    public Departement(String code, String name, @Nullable String source) {
        this.code = code;
        this.name = name;
        this.source = source;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getSource() {
        return source;
    }

    /** "62 Pas-de-Calais". */
    public String getLabel() {
        return code + " " + name;
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
