package org.shoetopia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A shop's record of one of its customers: either a customer's account (its name and email are the
 * account's, never copied) or a walk-in the cashier noted with a name and, if given, a phone or email.
 */
@Entity
@Table(name = "customer_records")
public class CustomerRecord {
    public static final int MAX_NAME = 100;
    public static final int MAX_PHONE = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", updatable = false)
    private long shopId;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(updatable = false)
    private String name;

    @Column(updatable = false)
    private String email;

    @Column(updatable = false)
    private String phone;

    @Column(name = "phone_digits", updatable = false)
    private String phoneDigits;

    @Column(name = "created_by", updatable = false)
    private long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected CustomerRecord() {}

    private CustomerRecord(
            long shopId, Long accountId, String name, Email email, String phone, long createdBy, Instant createdAt) {
        this.shopId = shopId;
        this.accountId = accountId;
        this.name = name;
        this.email = email == null ? null : email.value();
        this.phone = phone;
        this.phoneDigits = phone == null ? null : digitsOf(phone);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The shop's record of a customer's account. */
    public static CustomerRecord ofAccount(long shopId, long accountId, long createdBy, Instant createdAt) {
        return new CustomerRecord(shopId, accountId, null, null, null, createdBy, createdAt);
    }

    /** A walk-in customer, as the cashier noted them (checked by {@link WalkIn}). */
    public static CustomerRecord walkIn(long shopId, WalkIn walkIn, long createdBy, Instant createdAt) {
        return new CustomerRecord(shopId, null, walkIn.name(), walkIn.email(), walkIn.phone(), createdBy, createdAt);
    }

    /** A phone number's digits alone: "+1 (555) 010-2030" and "1 555 0102030" are the same number. */
    public static String digitsOf(String text) {
        return text == null ? "" : text.replaceAll("[^0-9]", "");
    }

    public Long getId() {
        return id;
    }

    public long getShopId() {
        return shopId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    /**
     * A walk-in customer as typed at the till, checked: a name, and optionally a phone (at least six
     * digits, as it was typed) and an email. Every broken rule is reported at once.
     */
    public record WalkIn(String name, String phone, Email email) {
        public static WalkIn of(String name, String phone, String email) {
            Validation form = new Validation();
            String checkedName = form.check(() -> Text.required("name", "The customer's name", name, MAX_NAME));
            String checkedPhone = form.check(() -> phone(phone));
            Email checkedEmail = form.check(() -> email == null || email.isBlank() ? null : Email.parse(email));
            form.done();
            return new WalkIn(checkedName, checkedPhone, checkedEmail);
        }

        private static String phone(String typed) {
            String phone = Text.optional("phone", "The phone number", typed, MAX_PHONE, false);
            if (phone == null) {
                return null;
            }
            if (!phone.matches("[0-9+()./ -]+")) {
                throw new ValidationException("phone", "A phone number has digits, spaces and + ( ) - . / only");
            }
            if (digitsOf(phone).length() < 6) {
                throw new ValidationException("phone", "A phone number has at least 6 digits");
            }
            return phone;
        }
    }
}
