package org.shoetopia.domain;

/** What an audit-trail row records; its code is what the row stores. */
public enum AuditKind implements Coded {
    ACCOUNT_SIGNUP("account.signup"),
    ACCOUNT_LOGIN("account.login"),
    ACCOUNT_LOGIN_FAILED("account.login_failed"),
    ACCOUNT_LOGOUT("account.logout"),
    ACCOUNT_PASSWORD_CHANGED("account.password_changed"),
    ACCOUNT_EMAIL_CHANGED("account.email_changed"),
    ACCOUNT_ADMIN_CREATED("account.admin_created"),
    ACCOUNT_SESSIONS_ENDED("account.sessions_ended"),
    SHOP_CREATED("shop.created"),
    SHOP_RENAMED("shop.renamed"),
    SHOP_PROMOTION("shop.promotion"),
    SHOP_TAX_SETTINGS_CHANGED("shop.tax_settings_changed"),
    SHOP_DISCOUNT_SETTINGS_CHANGED("shop.discount_settings_changed"),
    SHOP_RECEIPT_DETAILS_CHANGED("shop.receipt_details_changed"),
    STAFF_INVITED("staff.invited"),
    STAFF_INVITATION_WITHDRAWN("staff.invitation_withdrawn"),
    STAFF_INVITATION_DECLINED("staff.invitation_declined"),
    STAFF_ADDED("staff.added"),
    STAFF_REMOVED("staff.removed"),
    STAFF_ROLE_CHANGED("staff.role_changed"),
    LISTING_CREATED("listing.created"),
    LISTING_RESTOCKED("listing.restocked"),
    LISTING_ADJUSTED("listing.adjusted"),
    LISTING_PRICE_CHANGED("listing.price_changed"),
    LISTING_DELISTED("listing.delisted"),
    LISTING_TAX_CATEGORY_CHANGED("listing.tax_category_changed"),
    LISTING_RELISTED("listing.relisted"),
    LISTING_BARCODE_SET("listing.barcode_set"),
    STYLE_SIZE_RUN_CREATED("style.size_run_created"),
    STYLE_PRICE_CHANGED("style.price_changed"),
    STYLE_COST_CHANGED("style.cost_changed"),
    CUSTOMER_MEASURED("customer.measured"),
    CUSTOMER_RECORD_ADDED("customer.record_added"),
    CUSTOMER_RECORD_CHANGED("customer.record_changed"),
    CUSTOMER_RECORD_MERGED("customer.record_merged"),
    STYLE_DELISTED("style.delisted"),
    DELIVERY_RECEIVED("delivery.received"),
    STOCKTAKE_STARTED("stocktake.started"),
    STOCKTAKE_POSTED("stocktake.posted"),
    CART_LINE_SET("cart.line_set"),
    CART_LINE_REMOVED("cart.line_removed"),
    CART_CUSTOMER_SET("cart.customer_set"),
    CART_DISCOUNT_SET("cart.discount_set"),
    CART_DISCOUNT_REMOVED("cart.discount_removed"),
    DISCOUNT_APPROVED("discount.approved"),
    CART_GIFT_CARD_ADDED("cart.gift_card_added"),
    CART_VOIDED("cart.voided"),
    CART_HELD("cart.held"),
    CART_RECALLED("cart.recalled"),
    CART_GIFT_CARD_REMOVED("cart.gift_card_removed"),
    STORE_CREDIT_ISSUED("store_credit.issued"),
    GIFT_CARD_CODE_REISSUED("gift_card.code_reissued"),
    SHIFT_OPENED("shift.opened"),
    SHIFT_CLOSED("shift.closed"),
    DRAWER_PAID_IN("drawer.paid_in"),
    DRAWER_PAID_OUT("drawer.paid_out"),
    DRAWER_NO_SALE("drawer.no_sale"),
    CHECKOUT("checkout"),
    ORDER_STATUS("order.status"),
    ORDER_REFUND("order.refund"),
    SHOP_REFUND_LIMIT_CHANGED("shop.refund_limit_changed"),
    FLASH_SALE_STARTED("flash_sale.started"),
    FLASH_SALE_ENDED("flash_sale.ended"),
    RATING("rating"),
    VERIFICATION_APPLIED("verification.applied"),
    VERIFICATION_APPROVED("verification.approved"),
    VERIFICATION_REJECTED("verification.rejected");

    private final String code;

    AuditKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static final class JpaConverter extends CodedConverter<AuditKind> {
        public JpaConverter() {
            super(AuditKind.class);
        }
    }
}
