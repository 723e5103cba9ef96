package fr.metamut.imports.domain;

/**
 * What one import may hold in memory while it reads a file: the shared strings it keeps and the cells of
 * the rows it has read, counted in estimated bytes (two per character, plus each object's overhead). Past
 * {@link ImportFile#MAX_HELD_BYTES}, the file is refused as too heavy instead of filling the heap: each cell
 * is already bounded by its column's limit, so only a file with very many long cells gets there.
 */
final class ImportBudget {

    /** Estimated bytes of a kept cell besides its characters (the cell, its value and its string). */
    static final int CELL_OVERHEAD = 96;
    /** Estimated bytes of a kept shared string besides its characters (its offset in the pool, which grows by doubling). */
    static final int STRING_OVERHEAD = 8;

    private final long max;
    private long spent;

    ImportBudget(long max) {
        this.max = max;
    }

    /** Counts {@code bytes} more; refuses the file when the total passes the maximum. */
    void spend(long bytes) {
        spent += bytes;
        if (spent > max) {
            throw new ImportRejection("import.error.tooHeavy");
        }
    }

    long spent() {
        return spent;
    }
}
