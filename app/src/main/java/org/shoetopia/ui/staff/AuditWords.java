package org.shoetopia.ui.staff;

import org.shoetopia.domain.AuditKind;

/**
 * The audit trail in the app's own words: what happened, as staff would say it, and its detail
 * with the stored codes ("out_for_delivery") read as words. The trail itself keeps its codes, for
 * exports and for the database's append-only rows.
 */
final class AuditWords {
    private AuditWords() {}

    /** Exhaustive, so a new kind of record cannot reach the screen as a code. */
    static String what(AuditKind kind) {
        return switch (kind) {
            case ACCOUNT_SIGNUP -> "Account created";
            case ACCOUNT_LOGIN -> "Signed in";
            case ACCOUNT_LOGIN_FAILED -> "Sign-in refused";
            case ACCOUNT_LOGOUT -> "Signed out";
            case ACCOUNT_PASSWORD_CHANGED -> "Password changed";
            case ACCOUNT_EMAIL_CHANGED -> "Email changed";
            case ACCOUNT_ADMIN_CREATED -> "Admin created";
            case ACCOUNT_SESSIONS_ENDED -> "Sessions ended";
            case SHOP_CREATED -> "Shop created";
            case SHOP_RENAMED -> "Shop renamed";
            case SHOP_PROMOTION -> "Promotion bought";
            case SHOP_TAX_SETTINGS_CHANGED -> "Tax settings changed";
            case SHOP_DISCOUNT_SETTINGS_CHANGED -> "Discount limits changed";
            case SHOP_RECEIPT_DETAILS_CHANGED -> "Receipt details changed";
            case STAFF_INVITED -> "Staff invited";
            case STAFF_INVITATION_WITHDRAWN -> "Invitation withdrawn";
            case STAFF_INVITATION_DECLINED -> "Invitation declined";
            case STAFF_ADDED -> "Staff joined";
            case STAFF_REMOVED -> "Staff removed";
            case STAFF_ROLE_CHANGED -> "Staff role changed";
            case LISTING_CREATED -> "Listing created";
            case LISTING_RESTOCKED -> "Restocked";
            case LISTING_ADJUSTED -> "Stock adjusted";
            case LISTING_PRICE_CHANGED -> "Price changed";
            case LISTING_DELISTED -> "Delisted";
            case LISTING_TAX_CATEGORY_CHANGED -> "Tax category changed";
            case LISTING_RELISTED -> "Listed again";
            case LISTING_BARCODE_SET -> "Barcode set";
            case STYLE_SIZE_RUN_CREATED -> "Style listed in sizes";
            case STYLE_PRICE_CHANGED -> "Style price changed";
            case STYLE_COST_CHANGED -> "Style cost changed";
            case CUSTOMER_MEASURED -> "Customer measured";
            case CUSTOMER_RECORD_ADDED -> "Walk-in customer noted";
            case CUSTOMER_RECORD_CHANGED -> "Walk-in customer corrected";
            case CUSTOMER_RECORD_MERGED -> "Customer records merged";
            case STYLE_DELISTED -> "Style delisted";
            case DELIVERY_RECEIVED -> "Delivery received";
            case STOCKTAKE_STARTED -> "Stocktake started";
            case STOCKTAKE_POSTED -> "Stocktake posted";
            case CART_LINE_SET -> "Line rung up";
            case CART_LINE_REMOVED -> "Line removed";
            case CART_CUSTOMER_SET -> "Customer named";
            case CART_DISCOUNT_SET -> "Discount given";
            case CART_DISCOUNT_REMOVED -> "Discount removed";
            case DISCOUNT_APPROVED -> "Discount approved by a manager";
            case CART_GIFT_CARD_ADDED -> "Gift card rung up";
            case CART_VOIDED -> "Sale voided";
            case CART_HELD -> "Sale held";
            case CART_RECALLED -> "Sale recalled";
            case CART_GIFT_CARD_REMOVED -> "Gift card taken off";
            case STORE_CREDIT_ISSUED -> "Store credit given";
            case GIFT_CARD_CODE_REISSUED -> "Gift card code reissued";
            case SHIFT_OPENED -> "Shift opened";
            case SHIFT_CLOSED -> "Shift closed";
            case DRAWER_PAID_IN -> "Paid in";
            case DRAWER_PAID_OUT -> "Paid out";
            case DRAWER_NO_SALE -> "Drawer opened, no sale";
            case CHECKOUT -> "Sale";
            case ORDER_STATUS -> "Order status";
            case ORDER_REFUND -> "Refund";
            case SHOP_REFUND_LIMIT_CHANGED -> "Refund limit changed";
            case FLASH_SALE_STARTED -> "Flash sale started";
            case FLASH_SALE_ENDED -> "Flash sale ended";
            case RATING -> "Rated";
            case VERIFICATION_APPLIED -> "Verification applied for";
            case VERIFICATION_APPROVED -> "Verified";
            case VERIFICATION_REJECTED -> "Verification refused";
        };
    }

    /** The record's detail with codes read as words: "order 100002 out_for_delivery" → "order 100002 out for delivery". */
    static String detail(String tag) {
        return tag == null ? "" : tag.replace('_', ' ');
    }
}
