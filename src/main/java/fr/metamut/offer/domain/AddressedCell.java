package fr.metamut.offer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A coverage cell a joint offer addresses: a gap to fill or a doublon to merge. */
@Embeddable
public class AddressedCell {

    /** Gap (nobody offers it) or doublon (several do). */
    public enum Kind { GAP, DOUBLON }

    @Column(name = "service_code", nullable = false, length = 40)
    private String serviceCode;

    @Column(name = "departement_code", nullable = false, length = 3)
    private String departementCode;

    @Column(name = "kind", nullable = false, length = 10)
    private String kind;

    protected AddressedCell() {
    }

    public AddressedCell(String serviceCode, String departementCode, Kind kind) {
        this.serviceCode = serviceCode;
        this.departementCode = departementCode;
        this.kind = kind.name();
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getDepartementCode() {
        return departementCode;
    }

    public Kind getKind() {
        return Kind.valueOf(kind);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressedCell c && Objects.equals(serviceCode, c.serviceCode)
                && Objects.equals(departementCode, c.departementCode) && Objects.equals(kind, c.kind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceCode, departementCode, kind);
    }

    @Override
    public String toString() {
        return serviceCode + "/" + departementCode + " (" + kind + ")";
    }
}
