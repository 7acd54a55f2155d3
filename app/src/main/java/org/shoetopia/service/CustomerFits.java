package org.shoetopia.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.shoetopia.api.Fit.BrandSize;
import org.shoetopia.api.Fit.FitForm;
import org.shoetopia.api.Fit.FitView;
import org.shoetopia.domain.Coded;
import org.shoetopia.domain.CustomerFit;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.ShoeSize;
import org.shoetopia.domain.Text;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.Width;
import org.shoetopia.persistence.Tx;

/** A customer's fit read and written in the caller's transaction: one way, for the account screen and the till. */
final class CustomerFits {
    private static final int MAX_BRANDS_SHOWN = 6;

    private CustomerFits() {}

    /** The fit as typed, checked before anything is written. */
    record Checked(Integer footLengthMm, Width width, String sizesNote) {
        static Checked of(FitForm form) {
            if (form == null) {
                throw new ValidationException("footLength", "Enter the fit");
            }
            return new Checked(
                    footLength(form.footLengthCm()),
                    form.width() == null || form.width().isBlank()
                            ? null
                            : Coded.parse(Width.class, "width", "Width", form.width()),
                    Text.optional("sizesNote", "Sizes taken", form.sizesNote(), CustomerFit.MAX_SIZES_NOTE, false));
        }
    }

    /** "26.5" or "26,5" (cm) as millimetres; blank: not known. */
    static Integer footLength(String typed) {
        String text = typed == null ? "" : typed.strip().replace(',', '.');
        if (text.endsWith("cm")) {
            text = text.substring(0, text.length() - 2).strip();
        }
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,2}(\\.\\d)?")) {
            throw new ValidationException("footLength", "Foot length is in centimetres to one decimal, like 26.5");
        }
        int millimetres = Math.round(Float.parseFloat(text) * 10);
        if (millimetres < 100 || millimetres > 400) {
            throw new ValidationException("footLength", "Foot length is from 10 to 40 cm");
        }
        return millimetres;
    }

    /**
     * The customer's own fit, from their account screen: what they leave empty is cleared. Under the
     * account's row lock, so two terminals saving at once take turns.
     */
    static void saveOwn(Tx tx, long accountId, Checked fit, Instant at) {
        saveLocked(tx, accountId, saved -> {
            saved.measure(fit.footLengthMm(), fit.width(), accountId, at);
            saved.noteSizes(fit.sizesNote());
        });
    }

    /**
     * A measurement taken by staff at the till: what the device did not give (empty) keeps what the
     * account has, and the customer's own note stays theirs.
     */
    static void saveMeasured(Tx tx, long accountId, Checked fit, long by, Instant at) {
        if (fit.footLengthMm() == null && fit.width() == null) {
            throw new ValidationException("footLength", "Enter the foot length or the width the device measured");
        }
        saveLocked(
                tx,
                accountId,
                saved -> saved.measure(
                        fit.footLengthMm() == null ? saved.getFootLengthMm() : fit.footLengthMm(),
                        fit.width() == null ? saved.getWidth() : fit.width(),
                        by,
                        at));
    }

    /**
     * Changes the account's fit row (a new one if it has none) under the account's lock, so two
     * measurements at once cannot both insert it.
     */
    private static void saveLocked(Tx tx, long accountId, java.util.function.Consumer<CustomerFit> change) {
        Access.lockAccount(tx, accountId);
        CustomerFit found = tx.session().find(CustomerFit.class, accountId);
        CustomerFit saved = found == null ? new CustomerFit(accountId) : found;
        change.accept(saved);
        if (found == null) {
            tx.session().persist(saved);
        }
        tx.session().flush();
    }

    /** The account's fit; with {@code shopId}, the last size taken in each brand at that shop too. */
    static FitView read(Tx tx, long accountId, Long shopId) {
        CustomerFit row = tx.session().find(CustomerFit.class, accountId);
        List<BrandSize> takenHere = shopId == null ? List.of() : takenAt(tx, accountId, shopId);
        if (row == null) {
            return new FitView(null, null, null, takenHere);
        }
        return new FitView(row.getFootLengthMm(), row.getWidth(), row.getSizesNote(), takenHere);
    }

    private static List<BrandSize> takenAt(Tx tx, long accountId, long shopId) {
        List<Object[]> rows = tx.session()
                .createSelectionQuery("""
                        select s.brand, l.gender, l.sizeHalves, l.width, max(o.createdAt), min(s.shownBrand)
                        from OrderLine ol join Order o on o.id = ol.orderId
                        join Listing l on l.id = ol.listingId join Shoe s on s.id = l.shoeId
                        where ol.shopId = :shop and o.buyerId = :customer and ol.quantity > ol.refundedQuantity
                        group by s.brand, l.gender, l.sizeHalves, l.width
                        order by max(o.createdAt) desc""", Object[].class)
                .setParameter("shop", shopId)
                .setParameter("customer", accountId)
                .setMaxResults(50)
                .getResultList();
        // The latest size in each brand and scale: what they took last time is what they ask for. A
        // brand is one by its key, shown as one of its shoes was typed.
        Set<String> seen = new LinkedHashSet<>();
        List<BrandSize> sizes = new ArrayList<>();
        for (Object[] row : rows) {
            if (sizes.size() < MAX_BRANDS_SHOWN && seen.add(row[0] + "|" + row[1])) {
                sizes.add(new BrandSize(
                        (String) row[5], (Gender) row[1], new ShoeSize((Integer) row[2]), (Width) row[3], (Instant)
                                row[4]));
            }
        }
        return List.copyOf(sizes);
    }
}
