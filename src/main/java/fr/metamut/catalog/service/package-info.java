/**
 * Catalogue services: reading the reference (open to every logged-in user), editing offerings (a
 * director for their own operator only, an administrator for any), and administering operators and
 * services (administrators). Also the seeder that loads the report's catalogue at first start.
 */
package fr.metamut.catalog.service;
