package fr.metamut.swot.domain;

/** The parts of a SWOT item a history entry can name. */
public enum SwotField {
    TITLE, DESCRIPTION, QUADRANT, POSITION, EVIDENCE
}
