package org.shoetopia.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Taking a flash sale's units from its slot rows, the way every database can: lock each slot that
 * still has units, in slot order, waiting for a lock held by another checkout. Waiting in one order
 * cannot deadlock, and a buyer only goes without the discount after seeing every slot empty, so the
 * sale sells exactly its units. PostgreSQL first tries to skip locked slots (see PostgresStatements).
 */
final class SaleSlots {
    private SaleSlots() {}

    static int takeInSlotOrder(Connection connection, long saleId, int slotCount, int wanted) throws SQLException {
        int taken = 0;
        for (int slot : slotsWithUnits(connection, saleId, slotCount)) {
            int left = lockedUnitsLeft(connection, saleId, slot);
            int take = Math.min(left, wanted - taken);
            if (take > 0) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update flash_sale_slots set units_left = units_left - ? where sale_id = ? and slot = ?")) {
                    update.setInt(1, take);
                    update.setLong(2, saleId);
                    update.setInt(3, slot);
                    update.executeUpdate();
                }
                taken += take;
            }
            if (taken == wanted) {
                break;
            }
        }
        return taken;
    }

    /**
     * The slots that had units when this statement read them, in order. Units only ever go down, so a
     * slot seen empty stays empty; one of these may be emptied meanwhile, which its locked read shows.
     */
    private static List<Integer> slotsWithUnits(Connection connection, long saleId, int slotCount) throws SQLException {
        if (slotCount == 1) {
            return List.of(1); // the single-counter sale: no need to ask
        }
        List<Integer> slots = new ArrayList<>(slotCount);
        try (PreparedStatement select = connection.prepareStatement(
                "select slot from flash_sale_slots where sale_id = ? and units_left > 0 order by slot")) {
            select.setLong(1, saleId);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    slots.add(rows.getInt(1));
                }
            }
        }
        return slots;
    }

    private static int lockedUnitsLeft(Connection connection, long saleId, int slot) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select units_left from flash_sale_slots where sale_id = ? and slot = ? for update")) {
            select.setLong(1, saleId);
            select.setInt(2, slot);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }
}
