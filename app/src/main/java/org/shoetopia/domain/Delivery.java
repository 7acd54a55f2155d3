package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A supplier's delivery a shop received; its lines went into the stock ledger with it. Append-only. */
@Entity
@Immutable
@Table(name = "deliveries")
public class Delivery {
    public static final int MAX_SUPPLIER = 80;
    public static final int MAX_REFERENCE = 40;
    public static final int MAX_LINES = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id")
    private long shopId;

    private String supplier;
    private String reference;

    @Column(name = "received_by")
    private long receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected Delivery() {}

    public Delivery(long shopId, String supplier, String reference, long receivedBy, Instant receivedAt) {
        this.shopId = shopId;
        this.supplier = supplier;
        this.reference = reference;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSupplier() {
        return supplier;
    }

    public String getReference() {
        return reference;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
