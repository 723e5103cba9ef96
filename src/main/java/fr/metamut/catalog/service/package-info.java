/**
 * Catalogue services: reading the reference (open to every logged-in user), editing offerings (a
 * director for their own operator only, an administrator for any), and administering operators and
 * services (administrators). Also the seeder that loads the report's catalogue at first start, and the lookups
 * by code other features' services and seeders use instead of the catalog's repositories
 * ({@link fr.metamut.catalog.service.CatalogLookup}).
 */
@NullMarked
package fr.metamut.catalog.service;

import org.jspecify.annotations.NullMarked;
