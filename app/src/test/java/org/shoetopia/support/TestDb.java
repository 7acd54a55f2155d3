package org.shoetopia.support;

/** The databases every service test runs against. */
public enum TestDb {
    H2,
    POSTGRESQL
}
