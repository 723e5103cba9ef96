package fr.metamut.base.service;

import java.util.List;

/**
 * One dataset of reference data that a feature loads at first start. The loader calls
 * {@link #load()} at most once per database, inside a transaction, in ascending {@link #order()}.
 */
public interface ReferenceDataSeeder {

    /** A stable name, recorded once the dataset is loaded; never reused for other content. */
    String dataset();

    /** Datasets that others refer to load first (lower first). */
    int order();

    /**
     * The reference files this dataset reads; their declared columns are checked at every start, so a
     * misspelt column fails the start even on a database that loaded the dataset long ago.
     */
    default List<ReferenceCsv> files() {
        return List.of();
    }

    /** Inserts the dataset and returns how many rows it wrote. */
    int load();
}
