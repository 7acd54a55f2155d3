package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One of a flash sale's counter rows: part of the sale's unsold units. Written only by native
 * statements under row locks (see NativeStatements#takeSaleUnits); mapped so queries can sum them.
 */
@Entity
@DynamicUpdate
@Table(name = "flash_sale_slots")
@IdClass(FlashSaleSlot.Key.class)
public class FlashSaleSlot {
    @Id
    @Column(name = "sale_id")
    private long saleId;

    @Id
    @Column(name = "slot")
    private int slot;

    @Column(name = "units_left")
    private int unitsLeft;

    protected FlashSaleSlot() {}

    public FlashSaleSlot(long saleId, int slot, int unitsLeft) {
        this.saleId = saleId;
        this.slot = slot;
        this.unitsLeft = unitsLeft;
    }

    public int getUnitsLeft() {
        return unitsLeft;
    }

    public record Key(long saleId, int slot) implements Serializable {}
}
