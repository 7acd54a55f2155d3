package org.shoetopia.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A shoe of the shared catalogue, unique by (brand, colour, style). Created only by the native upsert. */
@Entity
@Immutable
@Table(name = "shoes")
public class Shoe {
    @Id
    private Long id;

    private String brand;
    private Color color;
    private String style;

    protected Shoe() {}

    public Long getId() {
        return id;
    }

    public ShoeKey key() {
        return new ShoeKey(brand, color, style);
    }
}
