package org.shoetopia.service;

import org.shoetopia.domain.Color;
import org.shoetopia.domain.Condition;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.ValidationException;

/**
 * A catalogue search: every filter is optional (null means any). Brand and style match a
 * case-insensitive substring. Pages count from 1.
 */
public record SearchCriteria(String brand, String style, ShoeSize size, Color color, Gender gender,
        Condition condition, Money minPrice, Money maxPrice, Long shopId, boolean verifiedOnly,
        boolean flashSaleOnly, Sort sort, int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 25;

    /** Promoted shops first, then cheapest; or price first (either way), then promotion. */
    public enum Sort {
        PROMOTED_THEN_PRICE, PRICE_ASCENDING, PRICE_DESCENDING
    }

    public SearchCriteria {
        if (page < 1) {
            throw new ValidationException("page", "Page numbers start at 1");
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
        return new SearchCriteria(null, null, null, null, null, null, null, null, null, false, false,
                Sort.PROMOTED_THEN_PRICE, 1, DEFAULT_PAGE_SIZE);
    }

    public SearchCriteria brand(String value) {
        return new SearchCriteria(value, style, size, color, gender, condition, minPrice, maxPrice, shopId,
                verifiedOnly, flashSaleOnly, sort, page, pageSize);
    }

    public SearchCriteria style(String value) {
        return new SearchCriteria(brand, value, size, color, gender, condition, minPrice, maxPrice, shopId,
                verifiedOnly, flashSaleOnly, sort, page, pageSize);
    }

    public SearchCriteria size(ShoeSize value) {
        return new SearchCriteria(brand, style, value, color, gender, condition, minPrice, maxPrice, shopId,
                verifiedOnly, flashSaleOnly, sort, page, pageSize);
    }

    public SearchCriteria color(Color value) {
        return new SearchCriteria(brand, style, size, value, gender, condition, minPrice, maxPrice, shopId,
                verifiedOnly, flashSaleOnly, sort, page, pageSize);
    }

    public SearchCriteria gender(Gender value) {
        return new SearchCriteria(brand, style, size, color, value, condition, minPrice, maxPrice, shopId,
                verifiedOnly, flashSaleOnly, sort, page, pageSize);
    }

    public SearchCriteria condition(Condition value) {
        return new SearchCriteria(brand, style, size, color, gender, value, minPrice, maxPrice, shopId,
                verifiedOnly, flashSaleOnly, sort, page, pageSize);
    }

    public SearchCriteria priceBetween(Money min, Money max) {
        return new SearchCriteria(brand, style, size, color, gender, condition, min, max, shopId,
                verifiedOnly, flashSaleOnly, sort, page, pageSize);
    }

    public SearchCriteria shop(Long value) {
        return new SearchCriteria(brand, style, size, color, gender, condition, minPrice, maxPrice, value,
                verifiedOnly, flashSaleOnly, sort, page, pageSize);
    }

    public SearchCriteria verifiedOnly(boolean value) {
        return new SearchCriteria(brand, style, size, color, gender, condition, minPrice, maxPrice, shopId,
                value, flashSaleOnly, sort, page, pageSize);
    }

    public SearchCriteria flashSaleOnly(boolean value) {
        return new SearchCriteria(brand, style, size, color, gender, condition, minPrice, maxPrice, shopId,
                verifiedOnly, value, sort, page, pageSize);
    }

    public SearchCriteria sortedBy(Sort value) {
        return new SearchCriteria(brand, style, size, color, gender, condition, minPrice, maxPrice, shopId,
                verifiedOnly, flashSaleOnly, value, page, pageSize);
    }

    public SearchCriteria page(int number, int size) {
        return new SearchCriteria(brand, style, this.size, color, gender, condition, minPrice, maxPrice, shopId,
                verifiedOnly, flashSaleOnly, sort, number, size);
    }
}
