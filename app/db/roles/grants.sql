-- What the app role (the server's login) may do: exactly what the use cases need, and nothing on
-- the schema itself. Run by every `shoetopia migrate` with the owner's login, after the migrations,
-- as the owner, in one transaction of its own (others wait: an advisory lock), so a table a
-- migration adds is granted before the command ends; if it fails, the command says so and running
-- it again grants. Every privilege is revoked first, then granted again, so this file is the whole
-- list; DatabaseRolesTest reads the grants back (aclexplode) and fails on any that is not in it.
revoke all on all tables in schema public from shoetopia_app;
revoke all on all sequences in schema public from shoetopia_app;
revoke all on all functions in schema public from public, shoetopia_app;
revoke create on schema public from public;
-- No temporary tables and no other role's sessions: only the app role may connect, besides the owner.
do $$
begin
    execute format('revoke all on database %I from public', current_database());
    execute format('grant connect on database %I to shoetopia_app', current_database());
end
$$;

grant usage on schema public to shoetopia_app;
grant select on all tables in schema public to shoetopia_app;
grant usage on all sequences in schema public to shoetopia_app;

-- Rows the use cases add. The append-only tables (orders, refunds, order_line_taxes, refund_taxes,
-- order_discounts, order_tenders, inventory_ledger, balance_ledger, gift_card_entries,
-- store_credit_entries, shift_counts, drawer_moves, returns, return_tenders, deliveries, delivery_lines,
-- audit_trail) get nothing more, and order_lines
-- only its two refund columns below; their triggers
-- (db/postgresql/V16) refuse any other change from anyone.
grant insert on shops, shop_staff, staff_invitations, shoes, listings, flash_sales, flash_sale_slots, carts, cart_lines,
    orders, order_lines, order_line_taxes, order_fulfilments, refunds, refund_taxes, inventory_ledger,
    balance_ledger, ratings, verification_applications, audit_trail, api_sessions, shop_tax_rates,
    shop_discount_reasons, approvals, cart_discounts, order_discounts, order_tenders, gift_cards, gift_card_entries,
    store_credits, store_credit_entries, cart_gift_cards, shifts, shift_counts, drawer_moves, returns,
    return_tenders, deliveries, delivery_lines, stocktakes, stocktake_counts, customer_fits,
    customer_records to shoetopia_app;
-- A customer's fit is saved again as it changes.
grant update (foot_length_mm, width, sizes_note, updated_by, updated_at) on customer_fits to shoetopia_app;
-- A walk-in's record is corrected at the till, or folded into another record of the same customer.
grant update (name, email, phone, phone_digits, merged_into_id) on customer_records to shoetopia_app;
-- A stocktake is posted once (its open mark goes); a SKU counted again replaces its count until then.
grant update (posted_by, posted_at, open_shop_id) on stocktakes to shoetopia_app;
grant update (counted, held_at_count, counted_by, counted_at) on stocktake_counts to shoetopia_app;
-- An account is signed up without admin rights; only `create-admin`, with the owner login, makes one.
grant insert (name, email, password_hash) on accounts to shoetopia_app;

-- Columns the use cases change; every other column of these tables is fixed once written.
grant update (email, password_hash, failed_logins, locked_until, last_failed_login_at)
    on accounts to shoetopia_app;
grant update (store_name, store_name_key, details_version, promotion_tier, verification_status,
    verification_reason, prices_include_tax, tax_rounding, tax_number, cashier_discount_limit, address, phone,
    return_policy, last_z_number, refund_limit_cents) on shops
    to shoetopia_app;
-- closing a shift: its Z report's figures, once
grant update (open_terminal, open_cashier_id, closed_at, closed_by, z_number, expected_cash_cents,
    counted_cash_cents, sales_count, sales_cents, refunds_count, refunds_cents, discounts_cents, tax_cents)
    on shifts to shoetopia_app;
grant update (pending_account_id, status, answered_at) on staff_invitations to shoetopia_app;
grant update (role) on shop_staff to shoetopia_app;
grant update (brand) on shoes to shoetopia_app; -- the upsert's no-op; a real change is refused
grant update (price_cents, stock, active, details_version, shop_promotion_tier, shop_verified,
    tax_category, manufacturer_code, unit_cost_cents) on listings to shoetopia_app;
grant update (active_shop_id, ended_at, units_withdrawn) on flash_sales to shoetopia_app;
grant update (units_left) on flash_sale_slots to shoetopia_app;
grant update (open_owner_id, checked_out_at, customer_id, revision, shop_id, held_at, held_terminal, held_note,
    ship_to, customer_record_id) on carts to shoetopia_app;
grant update (quantity) on cart_lines to shoetopia_app;
grant update (used_at) on approvals to shoetopia_app;
grant update (balance_cents) on gift_cards, store_credits to shoetopia_app;
-- a new code for a card whose only answer showing its code was lost (a retried checkout)
grant update (code_hash, code_last4) on gift_cards to shoetopia_app;
grant update (refunded_quantity, refunded_cents) on order_lines to shoetopia_app;
grant update (status, updated_at) on order_fulfilments to shoetopia_app;
grant update (stars, rated_at) on ratings to shoetopia_app;
grant update (pending_shop_id, status, reason, decided_by, decided_at)
    on verification_applications to shoetopia_app;
grant update (last_used_at, ended_at) on api_sessions to shoetopia_app;

-- Rows the use cases remove: a cashier taken off the staff, a line or a discount taken out of a
-- cart (a gift card too), a shop's tax rates or discount reasons when its owner sets new ones.
grant delete on shop_staff, cart_lines, cart_discounts, cart_gift_cards, shop_tax_rates, shop_discount_reasons
    to shoetopia_app;
