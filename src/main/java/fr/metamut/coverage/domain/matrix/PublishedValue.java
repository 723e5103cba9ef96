package fr.metamut.coverage.domain.matrix;

import org.jspecify.annotations.Nullable;

/**
 * One cell of the report's published synthesis table. A null service is the "Nombre de métiers
 * couverts" row; a null département is the "Total" column (number of départements covered).
 */
public record PublishedValue(int position, String reportLabel, @Nullable Long serviceId, @Nullable String departementCode, int value) {
}
