package fr.metamut.base.domain;

/** Where a row comes from. Rows typed in by users have no source. */
public final class Sources {

    /** The February 2021 consolidation report every reference row is loaded from. */
    public static final String REPORT_2021 = "Rapport OPSN Hauts-de-France, février 2021";

    public static final int SOURCE_MAX_LENGTH = 120;

    private Sources() {
    }
}
