package fr.metamut.catalog.service;

import fr.metamut.catalog.domain.Departement;
import java.util.List;

/** A département with the services covered there and the operators present. */
public record DepartementSummary(Departement departement, int serviceCount, int synthesisServiceCount,
                                 List<String> operatorNames, int offeringCount) {
}
