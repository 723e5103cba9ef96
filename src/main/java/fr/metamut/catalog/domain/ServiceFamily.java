package fr.metamut.catalog.domain;

import fr.metamut.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A group of catalogue services (dématérialisation, logiciels métier, ...), in display order. */
@Entity
@Table(name = "service_family")
public class ServiceFamily extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "position", nullable = false)
    private int position;

    protected ServiceFamily() {
    }

    public ServiceFamily(String code, String name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    @Override
    public String toString() {
        return name;
    }
}
