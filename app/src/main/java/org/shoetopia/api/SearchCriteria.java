package org.shoetopia.api;

import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.SizeChart;
import org.shoetopia.domain.ValidationException;

/**
 * A catalogue search: every filter is optional (null means any). Brand and style match a
 * case-insensitive substring. Pages count from 1.
 */
public record SearchCriteria(
        String brand,
        String style,
        SizeChart.SizeQuery size,
        Color color,
        Gender gender,
        Condition condition,
        Money minPrice,
        Money maxPrice,
        Long shopId,
        boolean verifiedOnly,
        boolean flashSaleOnly,
        Sort sort,
        int page,
        int pageSize) {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 25;
    /** Deeper than anyone pages by hand; bounds the offset a query skips. */
    public static final int MAX_PAGE = 10_000;

    /** Promoted shops first, then cheapest; or price first (either way), then promotion. */
    public enum Sort {
        PROMOTED_THEN_PRICE,
        PRICE_ASCENDING,
        PRICE_DESCENDING
    }

    public SearchCriteria {
        if (page < 1 || page > MAX_PAGE) {
            throw new ValidationException("page", "Page numbers run from 1 to " + MAX_PAGE);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ValidationException("pageSize", "A page holds 1 to " + MAX_PAGE_SIZE + " listings");
        }
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            throw new ValidationException("maxPrice", "The highest price must not be below the lowest");
        }
        if (sort == null) {
            sort = Sort.PROMOTED_THEN_PRICE;
        }
    }

    public static SearchCriteria any() {
        return new SearchCriteria(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                Sort.PROMOTED_THEN_PRICE,
                1,
                DEFAULT_PAGE_SIZE);
    }

    public SearchCriteria brand(String value) {
        return with(draft -> draft.brand = value);
    }

    public SearchCriteria style(String value) {
        return with(draft -> draft.style = value);
    }

    /** A US size, on every gender's scale (as the number is on the box). */
    public SearchCriteria size(ShoeSize value) {
        return size(value == null ? null : new SizeChart.SizeQuery("us", value.halves() * 5));
    }

    /** A size in any system, "EU 42" or "UK 8": each gender's US size for it, by {@link SizeChart}. */
    public SearchCriteria size(SizeChart.SizeQuery value) {
        return with(draft -> draft.size = value);
    }

    public SearchCriteria color(Color value) {
        return with(draft -> draft.color = value);
    }

    public SearchCriteria gender(Gender value) {
        return with(draft -> draft.gender = value);
    }

    public SearchCriteria condition(Condition value) {
        return with(draft -> draft.condition = value);
    }

    public SearchCriteria priceBetween(Money min, Money max) {
        return with(draft -> {
            draft.minPrice = min;
            draft.maxPrice = max;
        });
    }

    public SearchCriteria shop(Long value) {
        return with(draft -> draft.shopId = value);
    }

    public SearchCriteria verifiedOnly(boolean value) {
        return with(draft -> draft.verifiedOnly = value);
    }

    public SearchCriteria flashSaleOnly(boolean value) {
        return with(draft -> draft.flashSaleOnly = value);
    }

    public SearchCriteria sortedBy(Sort value) {
        return with(draft -> draft.sort = value);
    }

    public SearchCriteria page(int number, int size) {
        return with(draft -> {
            draft.page = number;
            draft.pageSize = size;
        });
    }

    /** A copy with one thing changed; the record's constructor validates the result. */
    private SearchCriteria with(java.util.function.Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return new SearchCriteria(
                draft.brand,
                draft.style,
                draft.size,
                draft.color,
                draft.gender,
                draft.condition,
                draft.minPrice,
                draft.maxPrice,
                draft.shopId,
                draft.verifiedOnly,
                draft.flashSaleOnly,
                draft.sort,
                draft.page,
                draft.pageSize);
    }

    /** The criteria's fields, editable while a copy is made. */
    private static final class Draft {
        private String brand;
        private String style;
        private SizeChart.SizeQuery size;
        private Color color;
        private Gender gender;
        private Condition condition;
        private Money minPrice;
        private Money maxPrice;
        private Long shopId;
        private boolean verifiedOnly;
        private boolean flashSaleOnly;
        private Sort sort;
        private int page;
        private int pageSize;

        private Draft(SearchCriteria from) {
            brand = from.brand;
            style = from.style;
            size = from.size;
            color = from.color;
            gender = from.gender;
            condition = from.condition;
            minPrice = from.minPrice;
            maxPrice = from.maxPrice;
            shopId = from.shopId;
            verifiedOnly = from.verifiedOnly;
            flashSaleOnly = from.flashSaleOnly;
            sort = from.sort;
            page = from.page;
            pageSize = from.pageSize;
        }
    }
}
