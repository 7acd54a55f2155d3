package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** How many of one note or coin a shift's closing count found: history. */
@Entity
@Immutable
@Table(name = "shift_counts")
@IdClass(ShiftCount.Key.class)
public class ShiftCount {
    @Id
    @Column(name = "shift_id")
    private long shiftId;

    @Id
    @Column(name = "denomination_cents")
    private int denominationCents;

    private int quantity;

    /** The composite key, as Hibernate's {@code @IdClass} wants it: fields named like the entity's ids. */
    public static class Key implements Serializable {
        private long shiftId;
        private int denominationCents;

        protected Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.shiftId == shiftId && key.denominationCents == denominationCents;
        }

        @Override
        public int hashCode() {
            return Objects.hash(shiftId, denominationCents);
        }
    }

    protected ShiftCount() {}

    public ShiftCount(long shiftId, int denominationCents, int quantity) {
        this.shiftId = shiftId;
        this.denominationCents = denominationCents;
        this.quantity = quantity;
    }

    public int getDenominationCents() {
        return denominationCents;
    }

    public int getQuantity() {
        return quantity;
    }
}
