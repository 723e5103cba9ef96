package fr.metamut.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reference dataset that has been loaded; its presence is what stops a second load. */
@Entity
@Table(name = "reference_data_load")
public class ReferenceDataLoad {

    @Id
    @Column(name = "dataset", length = 80)
    private String dataset;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    protected ReferenceDataLoad() {
    }

    public ReferenceDataLoad(String dataset, Instant loadedAt, int rowCount) {
        this.dataset = dataset;
        this.loadedAt = loadedAt;
        this.rowCount = rowCount;
    }

    public String getDataset() {
        return dataset;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }

    public int getRowCount() {
        return rowCount;
    }
}
