package org.shoetopia.api;

/** Who is calling a service: the signed-in account. Every permission is checked from it, in the database. */
public record Actor(long accountId) {}
