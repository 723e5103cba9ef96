package fr.metamut.coverage.service;

import java.util.List;
import java.util.Map;

/**
 * What other features plan for coverage cells: implemented by the joint offers (validated offers mark
 * the cells they address as "planned"), so that coverage shows it without depending on them.
 */
public interface PlannedCoverage {

    /** Titles of the validated offers per cell key {@code SERVICE_CODE/DEPARTEMENT_CODE}. */
    Map<String, List<String>> plannedCells();

    /** The change-feed topic to follow to know when planned cells may have changed. */
    String changeTopic();
}
