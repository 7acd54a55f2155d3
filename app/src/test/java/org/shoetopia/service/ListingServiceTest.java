package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.SearchCriteria;
import org.shoetopia.api.ShopService;
import org.shoetopia.domain.AuditKind;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.InventoryEntry;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ShownShoe;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

@ParameterizedClass
@EnumSource(Backend.class)
class ListingServiceTest extends ServiceTest {

    ListingServiceTest(Backend backend) {
        super(backend);
    }

    private static ListingForm form(
            String brand,
            String color,
            String style,
            String size,
            String condition,
            String gender,
            String price,
            String quantity) {
        return new ListingForm(brand, color, style, size, condition, gender, price, quantity);
    }

    @Test
    void listingTheSameShoeInAnyCaseSharesOneCatalogueRowShownAsItWasFirstTyped() {
        Actor first = given.owner();
        Actor second = given.owner();

        var a = app.listings()
                .create(first, form(" Nike ", "Black", "Air  Max 90", "10.5", "new", "men", "129.99", "3"));
        var b = app.listings().create(second, form("NIKE", "black", "air max 90 ", "9", "used", "unisex", "60", "1"));

        assertThat(TableCounts.scalar(database, "select count(*) from shoes")).isEqualTo(1);
        assertThat(a.brand()).isEqualTo("Nike");
        assertThat(a.style()).isEqualTo("Air Max 90");
        assertThat(b.brand() + " " + b.style())
                .as("the shared shoe, as its first lister typed it")
                .isEqualTo("Nike Air Max 90");
        assertThat(app.search()
                        .search(SearchCriteria.any().brand("NIKE").style("air max"))
                        .listings())
                .extracting(listing -> listing.brand() + " " + listing.style())
                .containsExactly("Nike Air Max 90", "Nike Air Max 90");
        assertThat(a.color()).isEqualTo(Color.BLACK);
        assertThat(a.size().toString()).isEqualTo("10.5");
        assertThat(a.price()).isEqualTo(Money.ofCents(12_999));
        assertThat(a.stock()).isEqualTo(3);
        assertThat(b.price()).isEqualTo(Money.ofCents(6_000));
        assertThat(TableCounts.scalar(database, "select count(*) from listings where shoe_id = (select id from shoes)"))
                .isEqualTo(2);
        assertThat(TableCounts.scalar(database, "select sum(delta) from inventory_ledger where reason = 'listed'"))
                .isEqualTo(4);
    }

    @Test
    void everyFieldIsValidatedAndABadFormWritesNothing() {
        Actor owner = given.owner();
        record Case(ListingForm form, String field, String message) {}
        var cases = new Case[] {
            new Case(form(" ", "black", "x", "10", "new", "men", "10", "1"), "brand", "brand must not be blank"),
            new Case(form("b", "black", "", "10", "new", "men", "10", "1"), "style", "style must not be blank"),
            new Case(form("b", "teal", "x", "10", "new", "men", "10", "1"), "color", "colour must be one of"),
            new Case(form("b", "black", "x", "10.25", "new", "men", "10", "1"), "size", "whole or half"),
            new Case(form("b", "black", "x", "0", "new", "men", "10", "1"), "size", "between 0.5 and 30"),
            new Case(form("b", "black", "x", "-3", "new", "men", "10", "1"), "size", "whole or half"),
            new Case(form("b", "black", "x", "10", "mint", "men", "10", "1"), "condition", "new, used"),
            new Case(form("b", "black", "x", "10", "new", "kids", "10", "1"), "gender", "youth, women, men, unisex"),
            new Case(form("b", "black", "x", "10", "new", "men", "10.999", "1"), "price", "at most two decimals"),
            new Case(form("b", "black", "x", "10", "new", "men", "-5", "1"), "price", "at most two decimals"),
            new Case(form("b", "black", "x", "10", "new", "men", "0.00", "1"), "price", "more than 0"),
            new Case(form("b", "black", "x", "10", "new", "men", "10", "0"), "quantity", "whole number from 1"),
            new Case(form("b", "black", "x", "10", "new", "men", "10", "2.5"), "quantity", "whole number from 1"),
            new Case(form("b", "black", "x", "10", "new", "men", "10", "999999999999"), "quantity", "whole number"),
            new Case(
                    form("b'; drop table shoes; --".repeat(10), "black", "x", "10", "new", "men", "10", "1"),
                    "brand",
                    "at most 60"),
        };
        for (Case c : cases) {
            var error = assertRejectedWritingNothing(
                    ValidationException.class, c.message(), () -> app.listings().create(owner, c.form()));
            assertThat(error.field()).as(c.toString()).isEqualTo(c.field());
        }
    }

    @Test
    void aFormWithSeveralBadFieldsIsRefusedOnceWithEveryOne() {
        Actor owner = given.owner();

        var error = assertRejectedWritingNothing(
                ValidationException.class,
                "brand must not be blank",
                () -> app.listings().create(owner, form(" ", "teal", "x", "10.25", "new", "men", "-5", "0")));
        assertThat(error.all())
                .extracting(ValidationException.Invalid::field)
                .containsExactly("brand", "color", "size", "price", "quantity");
        // the till's check for a SKU listed already reads the same form, and refuses it the same way
        var found = assertRejectedWritingNothing(
                ValidationException.class,
                "brand",
                () -> app.listings().findSku(owner, form(" ", "black", "x", "10", "new", "men", "abc", "1")));
        assertThat(found.all()).extracting(ValidationException.Invalid::field).containsExactly("brand", "price");
    }

    @Test
    void onlySellersListAndOnlyTheirOwnShopsListingsChange() {
        Actor customer = given.customer();
        Actor owner = given.owner();
        Actor otherOwner = given.owner();
        var listing = given.listing(owner, "50", 2);

        assertRejectedWritingNothing(
                ForbiddenException.class, "owner or cashiers", () -> given.listing(customer, "50", 2));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "another shop",
                () -> app.listings().adjustStock(otherOwner, listing.listingId(), 5, null));
        assertRejectedWritingNothing(
                ForbiddenException.class, "another shop", () -> app.listings().delist(otherOwner, listing.listingId()));
    }

    @Test
    void restockAndAdjustWriteLedgerEntriesWithTheirReason() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        var listing = given.listing(owner, "50", 2);

        app.listings().adjustStock(cashier, listing.listingId(), 5, "delivery 42");
        var after = app.listings().adjustStock(owner, listing.listingId(), -3, "water damage");

        assertThat(after.stock()).isEqualTo(4);
        assertThat(app.listings().stockHistory(owner, listing.listingId()))
                .extracting(
                        ListingService.StockMove::delta,
                        ListingService.StockMove::reason,
                        ListingService.StockMove::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, InventoryEntry.Reason.LISTED, null),
                        org.assertj.core.groups.Tuple.tuple(5, InventoryEntry.Reason.RESTOCK, "delivery 42"),
                        org.assertj.core.groups.Tuple.tuple(-3, InventoryEntry.Reason.ADJUST, "water damage"));
        assertRejectedWritingNothing(
                ConflictException.class,
                "only 4 in stock",
                () -> app.listings().adjustStock(owner, listing.listingId(), -5, "lost"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "reason must not be blank",
                () -> app.listings().adjustStock(owner, listing.listingId(), -1, " "));
        assertRejectedWritingNothing(
                ValidationException.class,
                "other than 0",
                () -> app.listings().adjustStock(owner, listing.listingId(), 0, "x"));
    }

    @Test
    void delistedListingsLeaveSearchAndCannotBeRestocked() {
        Actor owner = given.owner();
        var listing = given.listing(owner, "50", 2);

        app.listings().delist(owner, listing.listingId());

        assertThat(app.search().search(SearchCriteria.any()).total()).isZero();
        assertThat(app.listings().shopListings(owner))
                .singleElement()
                .satisfies(view -> assertThat(view.active()).isFalse());
        assertRejectedWritingNothing(
                ConflictException.class,
                "delisted",
                () -> app.listings().adjustStock(owner, listing.listingId(), 1, null));
        assertRejectedWritingNothing(
                ConflictException.class,
                "already delisted",
                () -> app.listings().delist(owner, listing.listingId()));
    }

    @Test
    void theCatalogueSuggestsShoesAsYouType() {
        Actor owner = given.owner();
        app.listings().create(owner, form("Nike", "black", "Air Max 90", "10", "new", "men", "100", "1"));
        app.listings().create(owner, form("Nike", "white", "Air Force 1", "10", "new", "men", "100", "1"));
        app.listings().create(owner, form("Adidas", "white", "Samba", "10", "new", "men", "100", "1"));

        assertThat(app.listings().suggestShoes("NI"))
                .extracting(ShownShoe::style)
                .containsExactly("Air Force 1", "Air Max 90");
        assertThat(app.listings().suggestShoes("sam"))
                .extracting(ShownShoe::brand)
                .containsExactly("Adidas");
        assertThat(app.listings().suggestShoes("%")).isEmpty();
        assertThat(app.listings().suggestShoes(" ")).isEmpty();
    }

    @Test
    void onlyTheOwnerOrAManagerChangesAPrice() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        Actor manager = given.customer();
        given.hire(owner, cashier);
        given.hire(owner, manager);
        var listing = given.listing(owner, "50.00", 3);

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "only the shop's owner or a manager",
                () -> app.listings().changePrice(cashier, listing.listingId(), listing.detailsVersion(), "1.00"));
        var appointed = app.shops().setStaffRole(owner, manager.accountId(), StaffRole.MANAGER);
        assertThat(appointed.role()).isEqualTo(StaffRole.MANAGER);
        assertThat(app.accounts().refresh(manager).managesShop()).isTrue();
        assertThat(app.accounts().refresh(cashier).managesShop()).isFalse();
        var changed = app.listings().changePrice(manager, listing.listingId(), listing.detailsVersion(), "45.00");
        assertThat(changed.price()).isEqualTo(Money.ofCents(4_500));

        // nor by listing the same shoe again at another price: a cell is one SKU, listed once
        var form = Fixtures.form("Nike", "black", listing.style(), "1.00", 3);
        assertRejectedWritingNothing(
                ConflictException.class,
                "is this shoe in men's US 10.5 D · UK 9.5 · EU 44.5 already, with 3 in stock at 45.00: restock it",
                () -> app.listings().create(cashier, form));
        assertRejectedWritingNothing(
                ConflictException.class,
                "restock it instead",
                () -> app.listings().create(manager, form));

        app.shops().setStaffRole(owner, manager.accountId(), StaffRole.CASHIER);
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "only the shop's owner or a manager",
                () -> app.listings().changePrice(manager, listing.listingId(), changed.detailsVersion(), "40.00"));
        Actor otherOwner = given.owner();
        assertRejectedWritingNothing(
                NotFoundException.class,
                "not on your shop's staff",
                () -> app.shops().setStaffRole(otherOwner, manager.accountId(), StaffRole.MANAGER));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "only a shop owner",
                () -> app.shops().setStaffRole(cashier, manager.accountId(), StaffRole.MANAGER));
        assertThat(app.shops().auditTrail(owner, 5))
                .extracting(ShopService.AuditEntry::kind)
                .contains(AuditKind.STAFF_ROLE_CHANGED);
    }

    @Test
    void aPriceSavedFromAStaleScreenIsRefusedNotOverwritten() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        app.shops().setStaffRole(owner, cashier.accountId(), StaffRole.MANAGER);
        var seenByBoth = given.listing(owner, "50.00", 3);

        var first = app.listings().changePrice(owner, seenByBoth.listingId(), seenByBoth.detailsVersion(), "45.00");
        assertRejectedWritingNothing(
                ConflictException.class,
                "changed this listing on another terminal",
                () -> app.listings()
                        .changePrice(cashier, seenByBoth.listingId(), seenByBoth.detailsVersion(), "55.00"));
        var reloaded = app.search().listing(seenByBoth.listingId());
        var second = app.listings().changePrice(cashier, reloaded.listingId(), reloaded.detailsVersion(), "55.00");

        assertThat(first.price()).isEqualTo(Money.ofCents(4_500));
        assertThat(second.price()).isEqualTo(Money.ofCents(5_500));
        assertThat(second.detailsVersion()).isEqualTo(seenByBoth.detailsVersion() + 2);
        assertRejectedWritingNothing(
                ValidationException.class,
                "at most two decimals",
                () -> app.listings().changePrice(owner, second.listingId(), second.detailsVersion(), "1.999"));
    }

    @Test
    void stockMovesDoNotMakeAnOpenPriceFormStale() {
        Actor owner = given.owner();
        var seen = given.listing(owner, "50.00", 3);
        given.purchase(given.customer(), seen.listingId(), 1);
        app.listings().adjustStock(owner, seen.listingId(), 4, "delivery");

        assertThat(app.listings()
                        .changePrice(owner, seen.listingId(), seen.detailsVersion(), "40.00")
                        .price())
                .isEqualTo(Money.ofCents(4_000));
    }
}
