package fr.metamut.catalog.service;

import fr.metamut.catalog.domain.Operator;

/** An operator with how much it offers: distinct services, départements and offerings. */
public record OperatorSummary(Operator operator, int serviceCount, int departementCount, int offeringCount) {

    public String name() {
        return operator.getName();
    }
}
