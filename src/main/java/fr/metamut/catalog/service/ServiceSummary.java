package fr.metamut.catalog.service;

import fr.metamut.catalog.domain.ServiceLine;

/** A catalogue service with how many distinct operators and départements offer it. */
public record ServiceSummary(ServiceLine service, int operatorCount, int departementCount) {
}
