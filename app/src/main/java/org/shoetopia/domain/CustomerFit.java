package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's fit, on their account: foot length, width and the sizes they take elsewhere. */
@Entity
@Table(name = "customer_fits")
public class CustomerFit {
    public static final int MAX_SIZES_NOTE = 200;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "foot_length_mm")
    private Integer footLengthMm;

    private Width width;

    @Column(name = "sizes_note")
    private String sizesNote;

    @Column(name = "updated_by")
    private long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CustomerFit() {}

    public CustomerFit(long accountId) {
        this.accountId = accountId;
    }

    public void measure(Integer footLengthMm, Width width, long by, Instant at) {
        this.footLengthMm = footLengthMm;
        this.width = width;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void noteSizes(String sizesNote) {
        this.sizesNote = sizesNote;
    }

    public Integer getFootLengthMm() {
        return footLengthMm;
    }

    public Width getWidth() {
        return width;
    }

    public String getSizesNote() {
        return sizesNote;
    }
}
