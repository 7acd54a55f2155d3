package org.shoetopia.domain;

import jakarta.persistence.Column;
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

    /** The key's lower-case brand and style; the shown ones keep the first lister's case. */
    private String brand;

    private Color color;
    private String style;

    @Column(name = "brand_shown")
    private String shownBrand;

    @Column(name = "style_shown")
    private String shownStyle;

    protected Shoe() {}

    public Long getId() {
        return id;
    }

    public ShoeKey key() {
        return new ShoeKey(brand, color, style);
    }

    public ShownShoe shown() {
        return new ShownShoe(shownBrand, color, shownStyle);
    }
}
