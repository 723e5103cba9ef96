package fr.metamut.swot.domain;

/** The four SWOT (AFOM) quadrants: Atouts/Forces, Faiblesses, Opportunités, Menaces. */
public enum Quadrant {
    STRENGTH, WEAKNESS, OPPORTUNITY, THREAT;

    /** The translation key of the quadrant's name. */
    public String messageKey() {
        return "swot.quadrant." + name();
    }
}
