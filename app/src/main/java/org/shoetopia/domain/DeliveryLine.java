package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** How many of one SKU a delivery brought. Append-only. */
@Entity
@Immutable
@Table(name = "delivery_lines")
public class DeliveryLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id")
    private long deliveryId;

    @Column(name = "listing_id")
    private long listingId;

    private int quantity;

    protected DeliveryLine() {}

    public DeliveryLine(long deliveryId, long listingId, int quantity) {
        this.deliveryId = deliveryId;
        this.listingId = listingId;
        this.quantity = quantity;
    }
}
