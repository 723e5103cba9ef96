/**
 * Métamut application root: the Spring Boot entry point and the Vaadin app shell. Features live in
 * sub-packages, one per feature, each split into {@code domain} (entities, repositories),
 * {@code service} (transactions, authorization) and {@code ui} (views and components).
 */
package fr.metamut;
