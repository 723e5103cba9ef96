package fr.metamut.swot.domain;

/** The four SWOT (AFOM) quadrants: Atouts/Forces, Faiblesses, Opportunités, Menaces. */
public enum Quadrant {
    STRENGTH, WEAKNESS, OPPORTUNITY, THREAT
}
